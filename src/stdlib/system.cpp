#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {
namespace {

// glibc's do_system: SIGINT and SIGQUIT ignored and SIGCHLD blocked in the caller while
// the shell runs; the shell starts with the caller's mask and those two at SIG_DFL.
int run_shell(const char* command) noexcept {
  struct sigaction ignore {
  }, old_int, old_quit;
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);
  sigset_t chld, old_mask;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, &old_mask);

  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  sigset_t defaults;
  sigemptyset(&defaults);
  if (old_int.sa_handler != SIG_IGN) sigaddset(&defaults, SIGINT);
  if (old_quit.sa_handler != SIG_IGN) sigaddset(&defaults, SIGQUIT);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setsigmask(&attr, &old_mask);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  const char* argv[] = {"sh", "-c", command, nullptr};
  pid_t pid;
  int status;
  int error = posix_spawn(&pid, "/bin/sh", nullptr, &attr, const_cast<char* const*>(argv), environ);
  if (error == 0) {
    pid_t r;
    do r = waitpid(pid, &status, 0);
    while (r < 0 && errno == EINTR);
    if (r != pid) status = -1;
  } else {
    status = W_EXITCODE(127, 0);  // no shell could run
  }
  posix_spawnattr_destroy(&attr);
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGQUIT, &old_quit, nullptr);
  sigprocmask(SIG_SETMASK, &old_mask, nullptr);
  if (error != 0) errno = error;
  return status;
}

}  // namespace

// NULL asks whether a shell is there: whether "exit 0" runs.
SYSGATE_C_FUNCTION(int, system, (const char* command) noexcept) {
  if (!command) return run_shell("exit 0") == 0;
  return run_shell(command);
}

}  // namespace sysgate::c
