#ifndef SYSGATE_SYS_SENDFILE_H
#define SYSGATE_SYS_SENDFILE_H
#include <bits/cdefs.h>
#define __NEED_size_t
#define __NEED_ssize_t
#define __NEED_off_t
#include <bits/alltypes.h>

SYSGATE_BEGIN_C
/* offset: 64-bit on both arches (sendfile64 on i386); NULL reads from in_fd's position. */
ssize_t sendfile(int out_fd, int in_fd, off_t* offset, size_t count) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
