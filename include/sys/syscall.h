/* SYS_* and __NR_* for the target arch, generated from the kernel's UAPI headers. */
#ifndef SYSGATE_SYS_SYSCALL_H
#define SYSGATE_SYS_SYSCALL_H
#include <bits/kernel_syscalls.h>
#endif
