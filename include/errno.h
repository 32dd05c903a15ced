/* errno: thread-local, written only by the C functions (the checked C++ API returns
 * errors instead). The E* numbers come from the kernel's UAPI headers. */
#ifndef SYSGATE_ERRNO_H
#define SYSGATE_ERRNO_H
#include <bits/cdefs.h>
#include <bits/kernel_errno.h>
/* POSIX's name, which the kernel's headers lack; glibc's value. */
#ifndef ENOTSUP
#define ENOTSUP EOPNOTSUPP
#endif
SYSGATE_BEGIN_C
int* __errno_location(void) SYSGATE_NOEXCEPT __attribute__((const));
SYSGATE_END_C
#define errno (*__errno_location())
#endif
