#ifndef SYSGATE_SYS_UIO_H
#define SYSGATE_SYS_UIO_H
#include <bits/cdefs.h>
#define __NEED_size_t
#define __NEED_ssize_t
#define __NEED_off_t
#define __NEED_struct_iovec
#include <bits/alltypes.h>

SYSGATE_BEGIN_C
ssize_t readv(int fd, const struct iovec* iov, int count) SYSGATE_NOEXCEPT;
ssize_t writev(int fd, const struct iovec* iov, int count) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
