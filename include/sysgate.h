/* sysgate's own C API: how this process enters the kernel. */
#ifndef SYSGATE_H
#define SYSGATE_H
#include <bits/cdefs.h>
SYSGATE_BEGIN_C
/* "vsyscall" (i386 through AT_SYSINFO's __kernel_vsyscall), "int80" (i386 with no
 * AT_SYSINFO, or SYSGATE_ENTRY=int80) or "syscall" (x86_64). */
const char* sysgate_entry_name(void) SYSGATE_NOEXCEPT;

/* The address of a function in the kernel's vDSO, e.g.
 * sysgate_vdso_sym("__vdso_clock_gettime", "LINUX_2.6"); a NULL version accepts any.
 * NULL when there is no such symbol, or no usable vDSO (qemu-user has none). */
void* sysgate_vdso_sym(const char* name, const char* version) SYSGATE_NOEXCEPT;

/* Calls f(context, name, version, address) for each symbol the vDSO exports. */
void sysgate_vdso_for_each(void (*f)(void* context, const char* name, const char* version,
                                     void* address),
                           void* context) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
