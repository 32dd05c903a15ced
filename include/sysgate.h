/* sysgate's own C API: how this process enters the kernel. */
#ifndef SYSGATE_H
#define SYSGATE_H
#include <bits/cdefs.h>
SYSGATE_BEGIN_C
/* "vsyscall" (i386 through AT_SYSINFO's __kernel_vsyscall), "int80" (i386 with no
 * AT_SYSINFO, or SYSGATE_ENTRY=int80) or "syscall" (x86_64). */
const char* sysgate_entry_name(void) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
