#ifndef SYSGATE_SYS_AUXV_H
#define SYSGATE_SYS_AUXV_H
#include <bits/cdefs.h>
#include <bits/kernel_auxv.h>
/* The kernel's UAPI names AT_SYSINFO only for i386, the one arch whose kernel passes
 * it; glibc's names it everywhere, and portable code asks for it everywhere. */
#ifndef AT_SYSINFO
#define AT_SYSINFO 32
#endif
SYSGATE_BEGIN_C
/* As glibc's: the value, or 0 with errno = ENOENT when the kernel gave no such tag. */
unsigned long getauxval(unsigned long type) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
