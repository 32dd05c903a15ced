/* <syscall.h>: as glibc's, <sys/syscall.h> (SYS_* and __NR_*) under its old name;
 * libstdc++'s <atomic> includes it for its futex wait. */
#ifndef SYSGATE_SYSCALL_H
#define SYSGATE_SYSCALL_H
#include <sys/syscall.h>
#endif
