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

/* Files, directories and terminals (posix-files branch). */
#include <bits/kernel_fs.h>
/* access modes: the kernel's (include/linux/fs.h MAY_*), not in the UAPI headers. */
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

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

/* Files, directories and terminals (posix-files branch). */
off_t lseek(int fd, off_t offset, int whence) SYSGATE_NOEXCEPT;
ssize_t pread(int fd, void* buf, size_t count, off_t offset) SYSGATE_NOEXCEPT;
ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) SYSGATE_NOEXCEPT;
int dup(int fd) SYSGATE_NOEXCEPT;
int dup2(int fd, int new_fd) SYSGATE_NOEXCEPT;
int dup3(int fd, int new_fd, int flags) SYSGATE_NOEXCEPT;
int pipe(int fds[2]) SYSGATE_NOEXCEPT;
int pipe2(int fds[2], int flags) SYSGATE_NOEXCEPT;
int truncate(const char* path, off_t length) SYSGATE_NOEXCEPT;
int ftruncate(int fd, off_t length) SYSGATE_NOEXCEPT;
int fsync(int fd) SYSGATE_NOEXCEPT;
int fdatasync(int fd) SYSGATE_NOEXCEPT;
void sync(void) SYSGATE_NOEXCEPT;
int access(const char* path, int mode) SYSGATE_NOEXCEPT;
int faccessat(int dirfd, const char* path, int mode, int flags) SYSGATE_NOEXCEPT;
int chown(const char* path, uid_t owner, gid_t group) SYSGATE_NOEXCEPT;
int fchown(int fd, uid_t owner, gid_t group) SYSGATE_NOEXCEPT;
int lchown(const char* path, uid_t owner, gid_t group) SYSGATE_NOEXCEPT;
int fchownat(int dirfd, const char* path, uid_t owner, gid_t group, int flags) SYSGATE_NOEXCEPT;
int link(const char* old_path, const char* new_path) SYSGATE_NOEXCEPT;
int linkat(int old_dirfd, const char* old_path, int new_dirfd, const char* new_path,
           int flags) SYSGATE_NOEXCEPT;
int symlink(const char* target, const char* link_path) SYSGATE_NOEXCEPT;
int symlinkat(const char* target, int dirfd, const char* link_path) SYSGATE_NOEXCEPT;
ssize_t readlink(const char* __restrict path, char* __restrict buf, size_t size) SYSGATE_NOEXCEPT;
ssize_t readlinkat(int dirfd, const char* __restrict path, char* __restrict buf,
                   size_t size) SYSGATE_NOEXCEPT;
int unlink(const char* path) SYSGATE_NOEXCEPT;
int unlinkat(int dirfd, const char* path, int flags) SYSGATE_NOEXCEPT;
int rmdir(const char* path) SYSGATE_NOEXCEPT;
int chdir(const char* path) SYSGATE_NOEXCEPT;
int fchdir(int fd) SYSGATE_NOEXCEPT;
/* buf NULL: a malloc'ed buffer of size bytes, or as long as needed when size is 0. */
char* getcwd(char* buf, size_t size) SYSGATE_NOEXCEPT;
int chroot(const char* path) SYSGATE_NOEXCEPT;
int isatty(int fd) SYSGATE_NOEXCEPT;
char* ttyname(int fd) SYSGATE_NOEXCEPT;
int ttyname_r(int fd, char* buf, size_t size) SYSGATE_NOEXCEPT;
pid_t tcgetpgrp(int fd) SYSGATE_NOEXCEPT;
int tcsetpgrp(int fd, pid_t group) SYSGATE_NOEXCEPT;
int gethostname(char* name, size_t size) SYSGATE_NOEXCEPT;
int sethostname(const char* name, size_t size) SYSGATE_NOEXCEPT;

/* Signals (posix-proc branch). */
unsigned alarm(unsigned seconds) SYSGATE_NOEXCEPT;
int pause(void) SYSGATE_NOEXCEPT;
/* The seconds left when a signal interrupts, else 0 (branch time). */
unsigned sleep(unsigned seconds) SYSGATE_NOEXCEPT;
int usleep(useconds_t useconds) SYSGATE_NOEXCEPT;

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
