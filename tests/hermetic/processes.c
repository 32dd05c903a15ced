/* Processes: fork, vfork, the exec family, posix_spawn, the wait family, system, ids,
 * limits and bad input. Built against sysgate and against glibc, which must print the
 * same lines. The program runs itself as its helper child (argv[1] = "exit N" or
 * "hello"). Where it cannot (qemu-i386 here: an execve escapes qemu to a kernel without
 * IA-32 emulation, ENOEXEC) and where there is no /bin/sh (the kernel tests' initramfs),
 * the cases that need them pass without running and say so on stderr: the same lines
 * either way. */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef SYSGATE_HOST_LIBC
#include <fcntl.h>
#else
#include <bits/kernel_fcntl.h>
#endif

#include "check.h"

static const char* self;
static int can_exec_self, have_shell;
static char dir_noexec[64], file_noexec[128], script[64], out_file[64];

static int number(const char* s) {
  int n = 0;
  while (*s >= '0' && *s <= '9') n = n * 10 + (*s++ - '0');
  return n;
}

static void make_file(const char* path, const char* text, int mode) {
  int fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC, mode);
  write(fd, text, strlen(text));
  syscall(SYS_fchmod, fd, mode);
  close(fd);
}

static void skipped(const char* what) {
  const char* why = can_exec_self ? "no /bin/sh here" : "this program cannot exec itself here";
  write(2, "skipped (", 9);
  write(2, why, strlen(why));
  write(2, "): ", 3);
  write(2, what, strlen(what));
  write(2, "\n", 1);
}

static int wait_status(pid_t pid) {
  int status = -1;
  pid_t r;
  do r = waitpid(pid, &status, 0);
  while (r < 0 && errno == EINTR);
  return r == pid ? status : -1;
}

__attribute__((noinline)) static int use_stack(int depth) {
  volatile char pad[512];
  pad[0] = (char)depth;
  return depth > 0 ? use_stack(depth - 1) + pad[0] : 0;
}

/* The parent returns from this function after the vfork child has used the stack. */
__attribute__((noinline)) static pid_t vfork_and_scribble(int code) {
  pid_t pid = vfork();
  if (pid == 0) {
    use_stack(8);
    _exit(code);
  }
  return pid;
}

static void fork_and_wait(void) {
  pid_t pid = fork();
  if (pid == 0) _exit(7);
  CHECK(pid > 0, "fork returns the child's pid");
  int status = wait_status(pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 7, "waitpid sees _exit(7)");

  pid = fork();
  if (pid == 0) {
    kill(getpid(), SIGKILL);
    _exit(1);
  }
  status = wait_status(pid);
  CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "a child killed by SIGKILL");
  CHECK(!WIFEXITED(status) && !WCOREDUMP(status), "did not exit, dumped no core");

  pid = fork();
  if (pid == 0) {
    signal(SIGTERM, SIG_DFL);
    raise(SIGTERM);
    _exit(1);
  }
  status = wait_status(pid);
  CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM, "a child that raised SIGTERM");

  pid = vfork_and_scribble(5);
  CHECK(pid > 0, "vfork returns the child's pid, and its caller returns");
  status = wait_status(pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 5, "the vfork child's status");

  pid = fork();
  if (pid == 0) _exit(4);
  siginfo_t info;
  memset(&info, 0, sizeof info);
  CHECK_EQ(waitid(P_PID, pid, &info, WEXITED), 0, "waitid");
  CHECK(info.si_signo == SIGCHLD && info.si_code == CLD_EXITED, "waitid: SIGCHLD, CLD_EXITED");
  CHECK(info.si_status == 4 && info.si_pid == pid, "waitid: the status and the pid");

  pid = fork();
  if (pid == 0) _exit(0);
  struct rusage usage;
  memset(&usage, 0xff, sizeof usage);
  CHECK_EQ(wait4(pid, &status, 0, &usage), pid, "wait4 with a struct rusage");
  CHECK(usage.ru_utime.tv_usec >= 0 && usage.ru_utime.tv_usec < 1000000 &&
            usage.ru_stime.tv_sec >= 0 && usage.ru_nivcsw >= 0,
        "wait4 filled the rusage");

  errno = 0;
  CHECK_EQ(waitpid(-1, &status, 0), -1, "waitpid with no children");
  CHECK_EQ(errno, ECHILD, "is ECHILD");
  errno = 0;
  CHECK_EQ(wait(NULL), -1, "wait with no children");
  CHECK_EQ(errno, ECHILD, "is ECHILD");
  CHECK_EQ(waitpid(-1, &status, WNOHANG), -1, "WNOHANG with no children is ECHILD too");
}

/* Runs what the helper child is told in a child, returns its wait status. */
static int child_exec(int how, int code) {
  char number_text[4] = {(char)('0' + code), 0};
  char* argv[] = {(char*)self, "exit", number_text, NULL};
  pid_t pid = how == 1 ? vfork() : fork();
  if (pid == 0) {
    switch (how) {
      case 0:
        execv(self, argv);
        break;
      case 1:
        execve(self, argv, environ);
        break;
      case 2:
        execl(self, self, "exit", number_text, (char*)NULL);
        break;
      case 3: {
        char* envp[] = {"A=1", NULL};
        execle(self, self, "exit", number_text, (char*)NULL, envp);
        break;
      }
      case 4: {
        int fd = (int)syscall(SYS_openat, AT_FDCWD, self, O_RDONLY);
        fexecve(fd, argv, environ);
        break;
      }
      case 5:
        execvp(self, argv);
        break;
    }
    _exit(100 + errno);
  }
  return wait_status(pid);
}

static void exec_family(void) {
  static const char* names[] = {"execv",  "vfork and execve", "execl",
                                "execle", "fexecve",          "execvp of a path"};
  for (int how = 0; how < 6; ++how) {
    if (can_exec_self) {
      int status = child_exec(how, how + 1);
      CHECK(WIFEXITED(status) && WEXITSTATUS(status) == how + 1, names[how]);
    } else {
      skipped(names[how]);
      CHECK(1, names[how]);
    }
  }

  /* PATH search: an element with a non-executable file of the name comes first (EACCES
   * remembered, search goes on), then one that does not exist, then self's directory. */
  const char* slash = strrchr(self, '/');
  char path_env[512] = "PATH=";
  strcat(path_env, dir_noexec);
  strcat(path_env, ":/nonexistent-sysgate:");
  strncat(path_env, self, slash ? (size_t)(slash - self) : 0);
  char* new_environ[] = {path_env, NULL};
  char** saved_environ = environ;
  const char* base = slash ? slash + 1 : self;
  if (can_exec_self) {
    environ = new_environ;
    pid_t pid = fork();
    if (pid == 0) {
      char* argv[] = {(char*)base, "exit", "9", NULL};
      execvp(base, argv);
      _exit(100 + errno);
    }
    environ = saved_environ;
    int status = wait_status(pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 9, "execvp searches PATH past EACCES");
  } else {
    skipped("execvp searches PATH");
    CHECK(1, "execvp searches PATH past EACCES");
  }
  char only_noexec[128] = "PATH=";
  strcat(only_noexec, dir_noexec);
  new_environ[0] = only_noexec;
  environ = new_environ;
  char* argv[] = {(char*)base, NULL};
  errno = 0;
  CHECK_EQ(execvp(base, argv), -1, "execvp finding only a non-executable file");
  CHECK_EQ(errno, EACCES, "is EACCES");
  new_environ[0] = "PATH=/nonexistent-sysgate";
  errno = 0;
  CHECK_EQ(execvp(base, argv), -1, "execvp finding nothing");
  CHECK_EQ(errno, ENOENT, "is ENOENT");
  errno = 0;
  CHECK_EQ(execlp("", "", (char*)NULL), -1, "execlp of the empty name");
  CHECK_EQ(errno, ENOENT, "is ENOENT");
  environ = saved_environ;

  /* A file the kernel cannot run goes to /bin/sh. */
  pid_t pid = fork();
  if (pid == 0) {
    char* script_argv[] = {script, NULL};
    execvp(script, script_argv);
    _exit(100 + errno);
  }
  int status = wait_status(pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == (have_shell ? 6 : 100 + ENOENT),
        "ENOEXEC runs the file with /bin/sh (ENOENT without one)");

  errno = 0;
  CHECK_EQ(execve("/nonexistent-sysgate", argv, environ), -1, "execve of a missing file");
  CHECK_EQ(errno, ENOENT, "is ENOENT");
  errno = 0;
  CHECK_EQ(execve(file_noexec, argv, environ), -1, "execve of a file without x bits");
  CHECK_EQ(errno, EACCES, "is EACCES");
  const char* volatile bad_pointer = (const char*)8; /* hidden from -Wstringop-overread */
  errno = 0;
  CHECK_EQ(execve(bad_pointer, argv, environ), -1, "execve of a bad pointer");
  CHECK_EQ(errno, EFAULT, "is EFAULT");
  errno = 0;
  CHECK_EQ(fexecve(-1, argv, environ), -1, "fexecve of -1");
  CHECK_EQ(errno, EINVAL, "is EINVAL");
}

/* glibc's posix_spawn (clone with CLONE_VM | CLONE_VFORK) reports no exec error under
 * qemu-user, which runs that clone as a fork: there, and for glibc only, a spawn that
 * "succeeded" stands for the error; its child (exit status 127) is reaped. */
static int spawn_error(int r) {
#ifdef SYSGATE_HOST_LIBC
  if (r == 0 && !can_exec_self) {
    waitpid(-1, NULL, 0);
    return -1;
  }
#endif
  return r;
}
static int spawn_fails(int r, int want) {
  r = spawn_error(r);
  return r == want || r == -1;
}
#define SPAWN_FAILS(r, want, what) CHECK(spawn_fails(r, want), what)

static void spawning(void) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  CHECK_EQ(
      posix_spawn_file_actions_addopen(&actions, 1, out_file, O_WRONLY | O_CREAT | O_TRUNC, 0644),
      0, "addopen");
  CHECK_EQ(posix_spawn_file_actions_addclose(&actions, 0), 0, "addclose");
  CHECK_EQ(posix_spawn_file_actions_addclose(&actions, -1), EBADF, "addclose(-1) is EBADF");
  CHECK_EQ(posix_spawn_file_actions_adddup2(&actions, 1, 2), 0, "adddup2");
  char* argv[] = {(char*)self, "hello", NULL};
  pid_t pid = 0;
  int r = posix_spawn(&pid, self, &actions, NULL, argv, environ);
  if (can_exec_self) {
    CHECK_EQ(r, 0, "posix_spawn with file actions");
    int status = wait_status(pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the spawned child's status");
    char buf[64] = {0};
    int fd = (int)syscall(SYS_openat, AT_FDCWD, out_file, O_RDONLY);
    long n = read(fd, buf, sizeof buf - 1);
    close(fd);
    CHECK(n == 20 && strcmp(buf, "hello on 1\nand on 2\n") == 0,
          "its stdout went to the file, its stderr too (dup2), its stdin was closed");
  } else {
    skipped("posix_spawn with file actions");
    r = spawn_error(r);
    CHECK(r == ENOEXEC || r == -1, "posix_spawn with file actions");
    CHECK(1, "the spawned child's status");
    CHECK(1, "its stdout went to the file, its stderr too (dup2), its stdin was closed");
  }
  posix_spawn_file_actions_destroy(&actions);

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  CHECK_EQ(posix_spawnattr_setflags(&attr, 0x1000), EINVAL, "an unknown spawn flag is EINVAL");
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGUSR1);
  posix_spawnattr_setsigmask(&attr, &mask);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP);
  short flags = 0;
  posix_spawnattr_getflags(&attr, &flags);
  CHECK_EQ(flags, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP, "getflags");
  char* missing_argv[] = {"missing", NULL};
  SPAWN_FAILS(posix_spawn(&pid, "/nonexistent-sysgate", NULL, &attr, missing_argv, environ), ENOENT,
              "posix_spawn of a missing file returns ENOENT");
  SPAWN_FAILS(posix_spawnp(&pid, "nonexistent-sysgate", NULL, NULL, missing_argv, environ), ENOENT,
              "posix_spawnp of a missing name returns ENOENT");
  SPAWN_FAILS(posix_spawn(&pid, file_noexec, NULL, NULL, missing_argv, environ), EACCES,
              "posix_spawn of a non-executable file returns EACCES");
  posix_spawnattr_destroy(&attr);
  errno = 0;
  CHECK_EQ(waitpid(-1, NULL, WNOHANG), -1, "failed spawns left no child behind");

  int status = system("exit 3");
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == (have_shell ? 3 : 127), "system(\"exit 3\")");
  CHECK_EQ(system(NULL), have_shell, "system(NULL) says whether there is a shell");
  struct sigaction sa;
  sigaction(SIGINT, NULL, &sa);
  CHECK(sa.sa_handler == SIG_DFL, "system restored SIGINT");
  sigprocmask(SIG_BLOCK, NULL, &mask);
  CHECK_EQ(sigismember(&mask, SIGCHLD), 0, "and unblocked SIGCHLD");
}

static void ids_and_limits(void) {
  uid_t r, e, s;
  gid_t gr, ge, gs;
  CHECK_EQ(getresuid(&r, &e, &s), 0, "getresuid");
  CHECK(r == getuid() && e == geteuid(), "getresuid agrees with getuid and geteuid");
  CHECK_EQ(getresgid(&gr, &ge, &gs), 0, "getresgid");
  CHECK(gr == getgid() && ge == getegid(), "getresgid agrees with getgid and getegid");
  CHECK(getgroups(0, NULL) >= 0, "getgroups counts");
  CHECK_EQ(setuid(getuid()), 0, "setuid to itself");
  CHECK_EQ(setresgid(-1, -1, -1), 0, "setresgid of nothing");
  errno = 0;
  CHECK_EQ(seteuid((uid_t)-1), -1, "seteuid(-1)");
  CHECK_EQ(errno, EINVAL, "is EINVAL");
  CHECK(getpgrp() == getpgid(0) && getsid(0) >= 0,
        "getpgrp, getpgid(0), getsid(0) (0 under /init)");
  errno = 0;
  CHECK_EQ(getpgid(0x7ffffff0), -1, "getpgid of no process");
  CHECK_EQ(errno, ESRCH, "is ESRCH");
  errno = 0;
  CHECK_EQ(setpgid(-1, 0), -1, "setpgid(-1)");
  CHECK_EQ(errno, EINVAL, "is EINVAL");

  errno = 0;
  int before = getpriority(PRIO_PROCESS, 0);
  CHECK(errno == 0 && before >= -20 && before <= 19, "getpriority is a nice value");
  CHECK_EQ(nice(1), before + 1 > 19 ? 19 : before + 1, "nice(1) returns the new value");
  CHECK_EQ(getpriority(PRIO_PROCESS, 0), before + 1 > 19 ? 19 : before + 1, "and it holds");

  struct rlimit limit, old;
  CHECK_EQ(getrlimit(RLIMIT_CORE, &limit), 0, "getrlimit");
  limit.rlim_cur = 0;
  CHECK_EQ(setrlimit(RLIMIT_CORE, &limit), 0, "setrlimit");
  CHECK_EQ(prlimit(0, RLIMIT_CORE, NULL, &old), 0, "prlimit reads");
  CHECK(old.rlim_cur == 0 && old.rlim_max == limit.rlim_max, "the limit set");
  getrlimit(RLIMIT_STACK, &limit);
  CHECK(limit.rlim_max == RLIM_INFINITY || limit.rlim_max >= limit.rlim_cur,
        "RLIM_INFINITY is the libc's 64-bit one");
  errno = 0;
  CHECK_EQ(getrlimit(999, &limit), -1, "getrlimit of resource 999");
  CHECK_EQ(errno, EINVAL, "is EINVAL");
  errno = 0;
  CHECK_EQ(getrlimit(RLIMIT_NOFILE, (struct rlimit*)8), -1, "getrlimit to a bad pointer");
  CHECK_EQ(errno, EFAULT, "is EFAULT");
  struct rusage usage;
  CHECK_EQ(getrusage(RUSAGE_SELF, &usage), 0, "getrusage");
  CHECK(usage.ru_utime.tv_usec >= 0 && usage.ru_utime.tv_usec < 1000000 && usage.ru_maxrss > 0,
        "its fields are in place");
  errno = 0;
  CHECK_EQ(getrusage(99, &usage), -1, "getrusage(99)");
  CHECK_EQ(errno, EINVAL, "is EINVAL");

  CHECK_EQ(sched_yield(), 0, "sched_yield");
  cpu_set_t set;
  memset(&set, 0xff, sizeof set);
  CHECK_EQ(sched_getaffinity(0, sizeof set, &set), 0, "sched_getaffinity");
  CHECK(CPU_COUNT(&set) >= 1 && CPU_COUNT(&set) <= 64 * 8, "at least one CPU, the rest cleared");
  char name[16] = {0};
  CHECK_EQ(prctl(PR_SET_NAME, "sg-proc-test"), 0, "prctl(PR_SET_NAME)");
  CHECK(prctl(PR_GET_NAME, name) == 0 && strcmp(name, "sg-proc-test") == 0, "PR_GET_NAME");
  unsigned char random[300];
  CHECK_EQ(getrandom(random, 16, 0), 16, "getrandom");
  CHECK_EQ(getentropy(random, 256), 0, "getentropy of 256 bytes");
  errno = 0;
  CHECK_EQ(getentropy(random, 257), -1, "getentropy of 257");
  CHECK_EQ(errno, EIO, "is EIO");
  errno = 0;
  CHECK_EQ(getrandom(random, 16, 0x1000), -1, "getrandom with a bad flag");
  CHECK_EQ(errno, EINVAL, "is EINVAL");
}

int main(int argc, char** argv) {
  if (argc > 2 && strcmp(argv[1], "exit") == 0) return number(argv[2]);
  if (argc > 1 && strcmp(argv[1], "hello") == 0) {
    if (write(0, "", 0) != -1 || errno != EBADF) return 2;
    write(1, "hello on 1\n", 11);
    write(2, "and on 2\n", 9);
    return 0;
  }
  if (argc > 1 && strcmp(argv[1], "probe") == 0) return 42;
  self = argv[0];

  int pid = getpid();
  char id[16];
  int n = 0;
  do id[n++] = (char)('0' + pid % 10);
  while (pid /= 10);
  id[n] = 0;
  strcat(strcat(strcpy(dir_noexec, "/tmp/sgproc-"), id), "-dir");
  syscall(SYS_mkdirat, AT_FDCWD, dir_noexec, 0755);
  const char* base = strrchr(self, '/') ? strrchr(self, '/') + 1 : self;
  strcat(strcat(strcpy(file_noexec, dir_noexec), "/"), base);
  make_file(file_noexec, "not a program\n", 0644);
  strcat(strcat(strcpy(script, "/tmp/sgproc-"), id), "-script");
  make_file(script, "exit 6\n", 0755);
  strcat(strcat(strcpy(out_file, "/tmp/sgproc-"), id), "-out");
  have_shell = syscall(SYS_faccessat, AT_FDCWD, "/bin/sh", 1 /* X_OK */) == 0;

  char* probe_argv[] = {(char*)self, "probe", NULL};
  pid_t probe;
  if (posix_spawn(&probe, self, NULL, NULL, probe_argv, environ) == 0)
    can_exec_self = WEXITSTATUS(wait_status(probe)) == 42;

  fork_and_wait();
  exec_family();
  spawning();
  ids_and_limits();

  syscall(SYS_unlinkat, AT_FDCWD, file_noexec, 0);
  syscall(SYS_unlinkat, AT_FDCWD, dir_noexec, AT_REMOVEDIR);
  syscall(SYS_unlinkat, AT_FDCWD, script, 0);
  syscall(SYS_unlinkat, AT_FDCWD, out_file, 0);
  return check_summary();
}
