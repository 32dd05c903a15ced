/* Interval timers, POSIX timers, clock_nanosleep, sleep and usleep, against glibc: each
 * check prints one "ok"/"not ok" line with only what is deterministic (a signal came, a
 * remainder lies in a range, an error number), and the -glibc twin prints the same. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static int passed, failed;
static void check(int ok, const char* what) {
  if (ok)
    ++passed;
  else
    ++failed;
  printf("%s %d - %s\n", ok ? "ok" : "not ok", passed + failed, what);
}

static volatile sig_atomic_t alarms, vtalarms;
static void on_alarm(int sig) {
  if (sig == SIGALRM) ++alarms;
  if (sig == SIGVTALRM) ++vtalarms;
}

static long long ns(const struct timespec* ts) {
  return (long long)ts->tv_sec * 1000000000LL + ts->tv_nsec;
}
static long long now_ns(clockid_t clock) {
  struct timespec ts;
  clock_gettime(clock, &ts);
  return ns(&ts);
}

static void handle(int sig) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;
  sigaction(sig, &sa, NULL); /* no SA_RESTART: sleeps end with EINTR */
}

static void itimers(void) {
  handle(SIGALRM);
  handle(SIGVTALRM);
  struct itimerval v = {{0, 0}, {0, 200000}}, old, now;
  check(setitimer(ITIMER_REAL, &v, &old) == 0, "setitimer(ITIMER_REAL, 200 ms)");
  check(old.it_value.tv_sec == 0 && old.it_value.tv_usec == 0, "no previous ITIMER_REAL");
  check(getitimer(ITIMER_REAL, &now) == 0 && now.it_value.tv_sec == 0 && now.it_value.tv_usec > 0 &&
            now.it_value.tv_usec <= 200000,
        "getitimer: what is left lies in (0, 200 ms]");
  sigset_t none;
  sigemptyset(&none);
  while (!alarms) sigsuspend(&none);
  check(alarms == 1, "SIGALRM arrives");
  check(getitimer(ITIMER_REAL, &now) == 0 && now.it_value.tv_sec == 0 && now.it_value.tv_usec == 0,
        "a one-shot timer is disarmed after it fires");

  struct itimerval cpu = {{0, 0}, {0, 10000}};
  check(setitimer(ITIMER_VIRTUAL, &cpu, NULL) == 0, "setitimer(ITIMER_VIRTUAL, 10 ms of CPU)");
  volatile unsigned long spin = 0;
  while (!vtalarms) ++spin;
  check(vtalarms == 1, "SIGVTALRM arrives after CPU time");

  errno = 0;
  check(setitimer(99, &v, NULL) == -1 && errno == EINVAL, "setitimer(99): EINVAL");
  errno = 0;
  check(getitimer(-1, &now) == -1 && errno == EINVAL, "getitimer(-1): EINVAL");
}

static void sleeps(void) {
  /* A relative sleep interrupted: EINTR, and the remainder is what was left. */
  alarms = 0;
  struct itimerval v = {{0, 0}, {0, 20000}};
  setitimer(ITIMER_REAL, &v, NULL);
  struct timespec request = {2, 0}, remaining = {-1, -1};
  int r = clock_nanosleep(CLOCK_MONOTONIC, 0, &request, &remaining);
  check(r == EINTR && alarms == 1, "clock_nanosleep returns EINTR (not -1) on a signal");
  check(remaining.tv_sec == 1 && remaining.tv_nsec > 0 && remaining.tv_nsec < 1000000000,
        "the remainder of a 2 s sleep cut after 20 ms lies in (1 s, 2 s)");

  /* An absolute sleep ends at its time. */
  struct timespec until;
  clock_gettime(CLOCK_MONOTONIC, &until);
  until.tv_nsec += 30000000;
  if (until.tv_nsec >= 1000000000) until.tv_sec += 1, until.tv_nsec -= 1000000000;
  r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL);
  check(r == 0 && now_ns(CLOCK_MONOTONIC) >= ns(&until),
        "clock_nanosleep(TIMER_ABSTIME) returns 0 at or after its time");
  struct timespec past = {0, 1};
  check(clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, &past, NULL) == 0,
        "an absolute time in the past returns at once");

  /* Bad input: the error number is returned and errno stays. */
  struct timespec short_sleep = {0, 1000};
  errno = 0;
  check(clock_nanosleep(CLOCK_THREAD_CPUTIME_ID, 0, &short_sleep, NULL) == EINVAL && errno == 0,
        "clock_nanosleep on the thread's CPU clock: EINVAL");
  check(clock_nanosleep(1234, 0, &short_sleep, NULL) == EINVAL, "a bad clock id: EINVAL");
  struct timespec bad = {0, 1000000000};
  check(clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, NULL) == EINVAL, "tv_nsec of 1e9: EINVAL");
  /* The process's CPU clock can be slept on (it advances only while the process runs,
   * so ask for a time it has passed). */
  check(clock_nanosleep(CLOCK_PROCESS_CPUTIME_ID, TIMER_ABSTIME, &past, NULL) == 0,
        "the process's CPU clock can be slept on");

  /* sleep: the whole seconds not slept. */
  alarms = 0;
  struct itimerval w = {{0, 0}, {0, 100000}};
  setitimer(ITIMER_REAL, &w, NULL);
  unsigned left = sleep(2);
  check(left == 1 && alarms == 1, "sleep(2) cut after 100 ms returns 1");
  check(sleep(0) == 0, "sleep(0) returns 0");
  check(usleep(1000) == 0, "usleep(1000) returns 0");
  errno = 0;
  check(usleep(0) == 0 && errno == 0, "usleep(0) returns 0");
}

static void posix_timers(void) {
  sigset_t usr1;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  sigprocmask(SIG_BLOCK, &usr1, NULL);

  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = SIGUSR1;
  ev.sigev_value.sival_int = 42;
  timer_t t;
  check(timer_create(CLOCK_MONOTONIC, &ev, &t) == 0, "timer_create(SIGEV_SIGNAL, SIGUSR1)");
  struct itimerspec v = {{0, 0}, {0, 200000000}}, old, now;
  memset(&old, 0x55, sizeof old);
  check(timer_settime(t, 0, &v, &old) == 0 && old.it_value.tv_sec == 0 && old.it_value.tv_nsec == 0,
        "timer_settime(200 ms); it was disarmed");
  check(timer_gettime(t, &now) == 0 && now.it_value.tv_sec == 0 && now.it_value.tv_nsec > 0 &&
            now.it_value.tv_nsec <= 200000000,
        "timer_gettime: what is left lies in (0, 200 ms]");
  siginfo_t info;
  int sig = sigwaitinfo(&usr1, &info);
  check(sig == SIGUSR1 && info.si_code == SI_TIMER && info.si_value.sival_int == 42,
        "the timer's signal carries SI_TIMER and its value");
  check(timer_getoverrun(t) == 0, "no overrun for a one-shot timer");

  /* Periodic, with the signal blocked: the expirations beyond the first are overruns. */
  struct itimerspec periodic = {{0, 1000000}, {0, 1000000}};
  timer_settime(t, 0, &periodic, NULL);
  struct timespec pause_for = {0, 30000000};
  nanosleep(&pause_for, NULL);
  sig = sigwaitinfo(&usr1, &info);
  int overrun = timer_getoverrun(t);
  check(sig == SIGUSR1 && info.si_overrun > 0 && overrun > 0,
        "a 1 ms timer blocked for 30 ms reports overruns");
  struct itimerspec off = {{0, 0}, {0, 0}};
  check(timer_settime(t, 0, &off, &old) == 0 && old.it_interval.tv_nsec == 1000000,
        "disarming returns the old interval");
  check(timer_delete(t) == 0, "timer_delete");
  /* An expiry between the wait and the disarming leaves a signal pending: drop it, or
   * unblocking SIGUSR1 below would kill us (seen on slow emulated kernels). */
  struct timespec zero = {0, 0};
  while (sigtimedwait(&usr1, &info, &zero) == SIGUSR1) continue;
  errno = 0;
  check(timer_gettime(t, &now) == -1 && errno == EINVAL, "timer_gettime after delete: EINVAL");

  /* SIGEV_NONE: a timer that only counts down. */
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_NONE;
  timer_t quiet;
  check(timer_create(CLOCK_REALTIME, &ev, &quiet) == 0, "timer_create(SIGEV_NONE)");
  struct itimerspec second = {{0, 0}, {1, 0}};
  timer_settime(quiet, 0, &second, NULL);
  check(
      timer_gettime(quiet, &now) == 0 && ((now.it_value.tv_sec == 0 && now.it_value.tv_nsec > 0) ||
                                          (now.it_value.tv_sec == 1 && now.it_value.tv_nsec == 0)),
      "SIGEV_NONE counts down from 1 s");
  /* Absolute: in the past fires at once, and a SIGEV_NONE timer is then disarmed. */
  struct itimerspec past = {{0, 0}, {1, 0}};
  timer_settime(quiet, TIMER_ABSTIME, &past, NULL);
  check(timer_gettime(quiet, &now) == 0 && now.it_value.tv_sec == 0 && now.it_value.tv_nsec == 0,
        "an absolute time in the past expires at once");
  check(timer_delete(quiet) == 0, "timer_delete(SIGEV_NONE)");

  /* A null event: SIGALRM. */
  alarms = 0;
  timer_t plain;
  check(timer_create(CLOCK_MONOTONIC, NULL, &plain) == 0, "timer_create(NULL event)");
  struct itimerspec soon = {{0, 0}, {0, 5000000}};
  timer_settime(plain, 0, &soon, NULL);
  sigset_t none;
  sigemptyset(&none);
  while (!alarms) sigsuspend(&none);
  check(alarms == 1, "a null event sends SIGALRM");
  timer_delete(plain);

  /* Bad input. */
  timer_t bogus = (timer_t)(intptr_t)123456;
  errno = 0;
  check(timer_settime(bogus, 0, &v, NULL) == -1 && errno == EINVAL,
        "timer_settime on a bad timer id: EINVAL");
  errno = 0;
  check(timer_gettime(bogus, &now) == -1 && errno == EINVAL, "timer_gettime, bad id: EINVAL");
  errno = 0;
  check(timer_getoverrun(bogus) == -1 && errno == EINVAL, "timer_getoverrun, bad id: EINVAL");
  errno = 0;
  check(timer_delete(bogus) == -1 && errno == EINVAL, "timer_delete, bad id: EINVAL");
  errno = 0;
  check(timer_create(1234, NULL, &plain) == -1 && errno == EINVAL,
        "timer_create on a bad clock: EINVAL");
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = 1000;
  errno = 0;
  check(timer_create(CLOCK_MONOTONIC, &ev, &plain) == -1 && errno == EINVAL,
        "timer_create with a bad signal: EINVAL");
  check(timer_create(CLOCK_MONOTONIC, NULL, &plain) == 0, "timer_create");
  struct itimerspec bad = {{0, 0}, {0, 1000000000}};
  errno = 0;
  check(timer_settime(plain, 0, &bad, NULL) == -1 && errno == EINVAL, "tv_nsec of 1e9: EINVAL");
  timer_delete(plain);
  sigprocmask(SIG_UNBLOCK, &usr1, NULL);
}

int main(void) {
  itimers();
  sleeps();
  posix_timers();
  errno = 0;
  struct timespec ts;
  check(clock_gettime(9999, &ts) == -1 && errno == EINVAL, "clock_gettime on a bad clock: EINVAL");
  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
