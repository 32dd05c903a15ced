#ifndef SYSGATE_UNISTD_H
#define SYSGATE_UNISTD_H
#include <bits/cdefs.h>
#include <bits/types.h>
#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2
SYSGATE_BEGIN_C
/* The raw door, C-style: up to six word-sized arguments; -1 and errno on error. */
long syscall(long number, ...) SYSGATE_NOEXCEPT;
ssize_t read(int fd, void* buf, size_t count) SYSGATE_NOEXCEPT;
ssize_t write(int fd, const void* buf, size_t count) SYSGATE_NOEXCEPT;
int close(int fd) SYSGATE_NOEXCEPT;
pid_t getpid(void) SYSGATE_NOEXCEPT;
pid_t getppid(void) SYSGATE_NOEXCEPT;
SYSGATE_NORETURN void _exit(int status) SYSGATE_NOEXCEPT;
extern char** environ;
SYSGATE_END_C
#endif
