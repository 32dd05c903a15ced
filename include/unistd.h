#ifndef SYSGATE_UNISTD_H
#define SYSGATE_UNISTD_H
#include <bits/cdefs.h>
#define __need_NULL
#include <stddef.h>
#define __NEED_size_t
#define __NEED_ssize_t
#define __NEED_off_t
#define __NEED_pid_t
#define __NEED_uid_t
#define __NEED_gid_t
#define __NEED_useconds_t
#include <bits/alltypes.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

SYSGATE_BEGIN_C
/* The raw entry, C-style: up to six word-sized arguments; -1 and errno on error. */
long syscall(long number, ...) SYSGATE_NOEXCEPT;
ssize_t read(int fd, void* buf, size_t count) SYSGATE_NOEXCEPT;
ssize_t write(int fd, const void* buf, size_t count) SYSGATE_NOEXCEPT;
int close(int fd) SYSGATE_NOEXCEPT;
pid_t getpid(void) SYSGATE_NOEXCEPT;
pid_t getppid(void) SYSGATE_NOEXCEPT;
SYSGATE_NORETURN void _exit(int status) SYSGATE_NOEXCEPT;
extern char** environ;

/* Signals (posix-proc branch). */
unsigned alarm(unsigned seconds) SYSGATE_NOEXCEPT;
int pause(void) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
