// posix_spawn over fork, and a close-on-exec pipe that carries the child's error
// number back (nothing comes through it when execve succeeds). The parent blocks every
// signal meanwhile, so no handler of its runs in the child before its mask is set;
// the child applies the attributes and file actions in glibc's order, with raw
// syscalls, and reports the first failure.
#include "src/spawn/spawn.hpp"

#include <bits/kernel_fcntl.h>
#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/kernel_signal.hpp"
#include "src/signal/sigset.hpp"
#include "src/spawn/spawn_action.hpp"
#include "src/unistd/exec_search.hpp"
#include "src/unistd/id_syscalls.hpp"

namespace sysgate::spawn {
namespace {

using internal::kernel_sigset_bytes;
using internal::KernelSigset;

[[noreturn]] void fail(int pipe_fd, long word) noexcept {
  int error = static_cast<int>(-word);
  syscall(SYS_write, pipe_fd, &error, sizeof error);
  for (;;) syscall(SYS_exit_group, 127);
}

bool failed(long word) noexcept { return is_error_word(word); }

[[noreturn]] void child(int pipe_fd, const char* path, const posix_spawn_file_actions_t* actions,
                        const posix_spawnattr_t* attr, char* const argv[], char* const envp[],
                        bool search_path, const KernelSigset& parent_mask) noexcept {
  int flags = attr ? attr->__flags : 0;
  long r;
  if (flags & POSIX_SPAWN_SETSIGDEF) {
    internal::KernelSigaction default_action{};
    for (int sig = 1; sig < NSIG; ++sig)
      if (sig != SIGKILL && sig != SIGSTOP &&
          (attr->__sd.__bits[signal::word(sig)] & signal::bit(sig)))
        syscall(SYS_rt_sigaction, sig, &default_action, nullptr, kernel_sigset_bytes);
  }
  if ((flags & POSIX_SPAWN_SETSID) && failed(r = syscall(SYS_setsid))) fail(pipe_fd, r);
  if ((flags & POSIX_SPAWN_SETPGROUP) && failed(r = syscall(SYS_setpgid, 0, attr->__pgrp)))
    fail(pipe_fd, r);
  if (flags & POSIX_SPAWN_RESETIDS) {
    if (failed(r = syscall(ids::sys_setgid, syscall(ids::sys_getgid)))) fail(pipe_fd, r);
    if (failed(r = syscall(ids::sys_setuid, syscall(ids::sys_getuid)))) fail(pipe_fd, r);
  }
  for (int i = 0; actions && i < actions->__used; ++i) {
    const __spawn_action& a = actions->__actions[i];
    // An action on the pipe's descriptor: the pipe moves out of its way first.
    int target = a.kind == __spawn_action::dup2 ? a.new_fd : a.fd;
    if (target == pipe_fd) {
      if (failed(r = syscall(SYS_fcntl, pipe_fd, F_DUPFD_CLOEXEC, 0))) fail(pipe_fd, r);
      syscall(SYS_close, pipe_fd);
      pipe_fd = static_cast<int>(r);
    }
    switch (a.kind) {
      case __spawn_action::open:
        // Closed first, as glibc (the process may be at its descriptor limit).
        syscall(SYS_close, a.fd);
        r = syscall(SYS_openat, AT_FDCWD, a.path, a.flags | O_LARGEFILE, a.mode);
        if (failed(r)) fail(pipe_fd, r);
        if (r != a.fd) {
          long moved = syscall(SYS_dup2, r, a.fd);
          if (failed(moved)) fail(pipe_fd, moved);
          syscall(SYS_close, r);
        }
        break;
      case __spawn_action::close:
        syscall(SYS_close, a.fd);  // errors ignored, as glibc
        break;
      case __spawn_action::dup2:
        if (a.fd == a.new_fd) {  // POSIX 2024: the descriptor survives the exec
          r = syscall(SYS_fcntl, a.fd, F_GETFD);
          if (!failed(r)) r = syscall(SYS_fcntl, a.fd, F_SETFD, r & ~FD_CLOEXEC);
        } else {
          r = syscall(SYS_dup2, a.fd, a.new_fd);
        }
        if (failed(r)) fail(pipe_fd, r);
        break;
      case __spawn_action::chdir:
        if (failed(r = syscall(SYS_chdir, a.path))) fail(pipe_fd, r);
        break;
    }
  }
  KernelSigset mask =
      flags & POSIX_SPAWN_SETSIGMASK ? signal::without_reserved(attr->__ss) : parent_mask;
  syscall(SYS_rt_sigprocmask, SIG_SETMASK, &mask, nullptr, kernel_sigset_bytes);
  r = search_path ? exec::search(path, argv, envp, false) : syscall(SYS_execve, path, argv, envp);
  fail(pipe_fd, r);
}

}  // namespace

int spawn(pid_t* pid, const char* path, const posix_spawn_file_actions_t* actions,
          const posix_spawnattr_t* attr, char* const argv[], char* const envp[],
          bool search_path) noexcept {
  int pipe_fds[2];
  long r = syscall(SYS_pipe2, pipe_fds, O_CLOEXEC);
  if (failed(r)) return static_cast<int>(-r);
  KernelSigset all, saved;
  for (auto& w : all.bits) w = ~0ul;
  syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, &saved, kernel_sigset_bytes);
  long child_pid = syscall(SYS_fork);
  if (child_pid == 0) {
    syscall(SYS_close, pipe_fds[0]);
    child(pipe_fds[1], path, actions, attr, argv, envp, search_path, saved);
  }
  syscall(SYS_close, pipe_fds[1]);
  int error = 0;
  if (failed(child_pid)) {
    error = static_cast<int>(-child_pid);
  } else {
    int child_error;
    long n;
    do n = syscall(SYS_read, pipe_fds[0], &child_error, sizeof child_error);
    while (n == -EINTR);
    if (n == sizeof child_error) {
      error = child_error;
      while (syscall(SYS_wait4, child_pid, nullptr, 0, nullptr) == -EINTR) {
      }
    }
  }
  syscall(SYS_close, pipe_fds[0]);
  syscall(SYS_rt_sigprocmask, SIG_SETMASK, &saved, nullptr, kernel_sigset_bytes);
  if (error == 0 && pid) *pid = static_cast<pid_t>(child_pid);
  return error;
}

}  // namespace sysgate::spawn
