/* Signals against glibc: siglongjmp out of a handler (sigsetjmp(env, 1) restores the
 * mask the handler ran with removed; sigsetjmp(env, 0) leaves the handler's mask
 * blocked, as glibc's), pthread_sigmask's error numbers, and signalfd. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include "check.h"

static sigjmp_buf env;
static volatile sig_atomic_t handled;

static void jump_out(int sig) {
  handled = sig;
  siglongjmp(env, sig);
}

static int blocked(int sig) {
  sigset_t now;
  sigprocmask(SIG_BLOCK, NULL, &now);
  return sigismember(&now, sig);
}

static void* volatile bad_pointer = (void*)1;

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = jump_out;
  sigemptyset(&sa.sa_mask);
  sigaddset(&sa.sa_mask, SIGUSR2);
  sigaction(SIGUSR1, &sa, NULL);

  sigset_t empty;
  sigemptyset(&empty);
  sigprocmask(SIG_SETMASK, &empty, NULL);
  int r = sigsetjmp(env, 1);
  if (r == 0) {
    raise(SIGUSR1);
    CHECK(0, "siglongjmp returned to sigsetjmp");
  }
  CHECK_EQ(r, SIGUSR1, "sigsetjmp(env, 1) returns the siglongjmp value");
  CHECK(!blocked(SIGUSR1), "savemask 1: SIGUSR1 unblocked again after jumping out");
  CHECK(!blocked(SIGUSR2), "savemask 1: the handler's sa_mask is gone too");

  r = sigsetjmp(env, 0);
  if (r == 0) raise(SIGUSR1);
  CHECK_EQ(r, SIGUSR1, "sigsetjmp(env, 0) returns the siglongjmp value");
  CHECK(blocked(SIGUSR1), "savemask 0: SIGUSR1 stays blocked (the handler's mask)");
  CHECK(blocked(SIGUSR2), "savemask 0: so does the handler's sa_mask");
  sigprocmask(SIG_SETMASK, &empty, NULL);

  /* A third time, with a blocked signal before: the mask at sigsetjmp comes back. */
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, SIGHUP);
  sigprocmask(SIG_SETMASK, &one, NULL);
  if (sigsetjmp(env, 1) == 0) raise(SIGUSR1);
  CHECK(blocked(SIGHUP) && !blocked(SIGUSR1), "savemask 1 restores the mask of sigsetjmp's time");
  sigprocmask(SIG_SETMASK, &empty, NULL);

  /* pthread_sigmask: the error number, errno untouched. */
  sigset_t old;
  errno = 0;
  CHECK_EQ(pthread_sigmask(SIG_BLOCK, &one, &old), 0, "pthread_sigmask blocks");
  CHECK(blocked(SIGHUP), "pthread_sigmask's block shows in sigprocmask");
  CHECK_EQ(pthread_sigmask(12345, &one, NULL), EINVAL, "pthread_sigmask bad how: EINVAL");
  /* (A bad new set crashes in glibc, which copies it first; so does sysgate.) */
  CHECK_EQ(pthread_sigmask(SIG_BLOCK, NULL, (sigset_t*)bad_pointer), EFAULT,
           "pthread_sigmask bad old set: EFAULT");
  CHECK_EQ(errno, 0, "pthread_sigmask leaves errno alone");
  CHECK_EQ(pthread_sigmask(SIG_UNBLOCK, &one, &old), 0, "pthread_sigmask unblocks");
  CHECK(sigismember(&old, SIGHUP), "pthread_sigmask's old set holds SIGHUP");
  CHECK(!blocked(SIGHUP), "SIGHUP unblocked");

  /* The word boundary of 32-bit longs (i386): 32 and 33 (glibc's reserved) straddle it,
   * and taking them out must leave SIGHUP (1), 31 and 34 alone. */
  sigset_t full;
  sigfillset(&full);
  CHECK(sigismember(&full, SIGHUP) == 1 && sigismember(&full, 31) == 1 &&
            sigismember(&full, 32) == 0 && sigismember(&full, 33) == 0 &&
            sigismember(&full, 34) == 1 && sigismember(&full, 64) == 1,
        "sigfillset: 1, 31, 34, 64 in; 32, 33 out");
  /* (Not 63 and 64: qemu-user keeps them for itself and never blocks them.) */
  sigprocmask(SIG_SETMASK, &full, &old);
  CHECK(blocked(SIGHUP) && blocked(31) && !blocked(32) && !blocked(33) && blocked(34),
        "blocking a full set: 1, 31, 34 blocked; 32, 33 not");
  sigprocmask(SIG_SETMASK, &empty, NULL);

  /* signalfd: a blocked signal is read, not delivered. */
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGUSR2);
  sigaddset(&mask, SIGCHLD);
  sigprocmask(SIG_BLOCK, &mask, NULL);
  int fd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
  CHECK(fd >= 0, "signalfd makes a descriptor");
  CHECK_EQ(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC, "SFD_CLOEXEC");
  struct signalfd_siginfo info;
  errno = 0;
  CHECK_EQ(read(fd, &info, sizeof info), -1, "nothing pending: read fails");
  CHECK_EQ(errno, EAGAIN, "SFD_NONBLOCK: EAGAIN");
  kill(getpid(), SIGUSR2);
  memset(&info, 0, sizeof info);
  CHECK_EQ(read(fd, &info, sizeof info), sizeof info, "read one signalfd_siginfo");
  CHECK_EQ(info.ssi_signo, SIGUSR2, "ssi_signo");
  CHECK_EQ(info.ssi_code, SI_USER, "ssi_code SI_USER");
  CHECK_EQ(info.ssi_pid, getpid(), "ssi_pid is the sender");
  CHECK_EQ(info.ssi_uid, getuid(), "ssi_uid is the sender's");
  pid_t child = fork();
  if (child == 0) _exit(7);
  sigset_t just_child;
  sigemptyset(&just_child);
  sigaddset(&just_child, SIGCHLD);
  CHECK_EQ(signalfd(fd, &just_child, 0), fd, "signalfd(fd) changes the mask");
  int flags = fcntl(fd, F_GETFL);
  fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  memset(&info, 0, sizeof info);
  CHECK_EQ(read(fd, &info, sizeof info), sizeof info, "read SIGCHLD (blocking)");
  CHECK_EQ(info.ssi_signo, SIGCHLD, "ssi_signo SIGCHLD");
  CHECK_EQ(info.ssi_code, CLD_EXITED, "ssi_code CLD_EXITED");
  CHECK_EQ(info.ssi_pid, child, "ssi_pid the child");
  CHECK_EQ(info.ssi_status, 7, "ssi_status the exit status");
  errno = 0;
  CHECK_EQ(read(fd, &info, 8), -1, "a buffer smaller than one entry");
  CHECK_EQ(errno, EINVAL, "EINVAL");
  close(fd);
  errno = 0;
  CHECK_EQ(signalfd(-1, &mask, 0x12345), -1, "bad flags");
  CHECK_EQ(errno, EINVAL, "EINVAL");
  errno = 0;
  CHECK_EQ(signalfd(0, &mask, 0), -1, "not a signalfd");
  CHECK_EQ(errno, EINVAL, "EINVAL");
  errno = 0;
  CHECK_EQ(signalfd(-1, (sigset_t*)bad_pointer, 0), -1, "bad mask pointer");
  CHECK_EQ(errno, EFAULT, "EFAULT");
  return check_summary();
}
