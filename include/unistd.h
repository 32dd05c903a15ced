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

/* Processes (posix-proc branch). */
pid_t fork(void) SYSGATE_NOEXCEPT;
/* The child shares the parent's memory and stack until it calls execve or _exit. */
pid_t vfork(void) SYSGATE_NOEXCEPT;
int execve(const char* path, char* const argv[], char* const envp[]) SYSGATE_NOEXCEPT;
int execv(const char* path, char* const argv[]) SYSGATE_NOEXCEPT;
/* PATH search as glibc (default "/bin:/usr/bin"; ENOEXEC runs the file with /bin/sh). */
int execvp(const char* file, char* const argv[]) SYSGATE_NOEXCEPT;
int execvpe(const char* file, char* const argv[], char* const envp[]) SYSGATE_NOEXCEPT;
int execl(const char* path, const char* arg, ...) SYSGATE_NOEXCEPT;
int execlp(const char* file, const char* arg, ...) SYSGATE_NOEXCEPT;
int execle(const char* path, const char* arg, ...) SYSGATE_NOEXCEPT;
int fexecve(int fd, char* const argv[], char* const envp[]) SYSGATE_NOEXCEPT;

pid_t getpgrp(void) SYSGATE_NOEXCEPT;
pid_t getpgid(pid_t pid) SYSGATE_NOEXCEPT;
int setpgid(pid_t pid, pid_t group) SYSGATE_NOEXCEPT;
pid_t setsid(void) SYSGATE_NOEXCEPT;
pid_t getsid(pid_t pid) SYSGATE_NOEXCEPT;
uid_t getuid(void) SYSGATE_NOEXCEPT;
uid_t geteuid(void) SYSGATE_NOEXCEPT;
gid_t getgid(void) SYSGATE_NOEXCEPT;
gid_t getegid(void) SYSGATE_NOEXCEPT;
int setuid(uid_t uid) SYSGATE_NOEXCEPT;
int setgid(gid_t gid) SYSGATE_NOEXCEPT;
int seteuid(uid_t uid) SYSGATE_NOEXCEPT;
int setegid(gid_t gid) SYSGATE_NOEXCEPT;
int setreuid(uid_t real, uid_t effective) SYSGATE_NOEXCEPT;
int setregid(gid_t real, gid_t effective) SYSGATE_NOEXCEPT;
int setresuid(uid_t real, uid_t effective, uid_t saved) SYSGATE_NOEXCEPT;
int setresgid(gid_t real, gid_t effective, gid_t saved) SYSGATE_NOEXCEPT;
int getresuid(uid_t* real, uid_t* effective, uid_t* saved) SYSGATE_NOEXCEPT;
int getresgid(gid_t* real, gid_t* effective, gid_t* saved) SYSGATE_NOEXCEPT;
int getgroups(int size, gid_t list[]) SYSGATE_NOEXCEPT;
/* glibc declares it in <grp.h>; here until sysgate has one. */
int setgroups(size_t size, const gid_t* list) SYSGATE_NOEXCEPT;
int nice(int increment) SYSGATE_NOEXCEPT;
int getentropy(void* buf, size_t length) SYSGATE_NOEXCEPT;
int daemon(int no_chdir, int no_close) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
