/* Time through the vDSO, checked against the kernel's own answer (the syscall), and
 * the vDSO's symbols against the auxiliary vector. Natively the vDSO answers; under
 * qemu-user 7.2 there is none and the syscall fallback must be just as right. */
#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sys/time.h>
#ifndef SYSGATE_HOST_LIBC
#include <sysgate.h>
#endif
#include <time.h>
#include <unistd.h>

#include "check.h"

static long long ns(const struct timespec* t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

/* The kernel's CLOCK_REALTIME with no vDSO in the way. */
static long long syscall_realtime_ns(void) {
#ifdef SYS_clock_gettime64
  struct timespec t; /* sysgate's timespec has the kernel's 64-bit layout */
  syscall(SYS_clock_gettime64, CLOCK_REALTIME, &t);
#else
  struct timespec t;
  syscall(SYS_clock_gettime, CLOCK_REALTIME, &t);
#endif
  return ns(&t);
}

int main(void) {
  struct timespec t;
  CHECK_EQ(clock_gettime(CLOCK_REALTIME, &t), 0, "clock_gettime(CLOCK_REALTIME)");
  long long diff = ns(&t) - syscall_realtime_ns();
  CHECK(diff < 50000000LL && diff > -50000000LL, "realtime agrees with the syscall within 50 ms");
  CHECK(t.tv_nsec >= 0 && t.tv_nsec < 1000000000L, "tv_nsec is in range");
  CHECK(t.tv_sec > 1700000000LL, "realtime is after 2023 (64-bit seconds arrived whole)");

  struct timespec previous, now;
  clock_gettime(CLOCK_MONOTONIC, &previous);
  int backwards = 0;
  for (int i = 0; i < 1000000; ++i) {
    clock_gettime(CLOCK_MONOTONIC, &now);
    backwards += ns(&now) < ns(&previous);
    previous = now;
  }
  CHECK_EQ(backwards, 0, "monotonic never goes back over 1,000,000 calls");

  struct timeval tv;
  CHECK_EQ(gettimeofday(&tv, 0), 0, "gettimeofday");
  long long tv_diff = tv.tv_sec * 1000000LL + tv.tv_usec - syscall_realtime_ns() / 1000;
  CHECK(tv_diff < 50000 && tv_diff > -50000, "gettimeofday agrees within 50 ms");
  CHECK(tv.tv_usec >= 0 && tv.tv_usec < 1000000, "tv_usec is in range");

  time_t seconds = 0;
  time_t returned = time(&seconds);
  CHECK(returned == seconds, "time() returns what it stores");
  long long t_diff = (long long)seconds - syscall_realtime_ns() / 1000000000LL;
  CHECK(t_diff <= 1 && t_diff >= -1, "time() agrees within a second");

  struct timespec res;
  CHECK_EQ(clock_getres(CLOCK_MONOTONIC, &res), 0, "clock_getres(CLOCK_MONOTONIC)");
  CHECK(res.tv_sec == 0 && res.tv_nsec > 0 && res.tv_nsec <= 10000000,
        "a resolution of at most 10 ms");
  errno = 0;
  CHECK_EQ(clock_gettime(999, &t), -1, "an unknown clock fails");
  CHECK_EQ(errno, EINVAL, "... with EINVAL, from the vDSO or the kernel");
  errno = 0;
  CHECK_EQ(clock_getres(999, &res), -1, "clock_getres of an unknown clock fails");
  CHECK_EQ(errno, EINVAL, "... with EINVAL");

  int cpu = sched_getcpu();
  CHECK(cpu >= 0 && cpu < 4096, "sched_getcpu is a CPU number");

  struct timespec before, after, nap = {0, 2000000};
  clock_gettime(CLOCK_MONOTONIC, &before);
  CHECK_EQ(nanosleep(&nap, 0), 0, "nanosleep 2 ms");
  clock_gettime(CLOCK_MONOTONIC, &after);
  CHECK(ns(&after) - ns(&before) >= 2000000, "... sleeps at least 2 ms");
  errno = 0;
  struct timespec bad_nap = {0, 1000000000L};
  CHECK_EQ(nanosleep(&bad_nap, 0), -1, "nanosleep with tv_nsec = 1e9 fails");
  CHECK_EQ(errno, EINVAL, "... with EINVAL");

#ifndef SYSGATE_HOST_LIBC
  int have_vdso = getauxval(AT_SYSINFO_EHDR) != 0;
  void* gettime = sysgate_vdso_sym(
      sizeof(void*) == 8 ? "__vdso_clock_gettime" : "__vdso_clock_gettime64", "LINUX_2.6");
  CHECK(have_vdso == (gettime != 0),
        "the vDSO's clock_gettime is found exactly when there is a vDSO");
  CHECK(sysgate_vdso_sym("__vdso_clock_gettime", "LINUX_2.5") == 0,
        "a wrong version finds nothing");
  CHECK(sysgate_vdso_sym("__vdso_no_such_function", 0) == 0, "an unknown name finds nothing");
  if (!getenv("SYSGATE_RUNS_UNDER")) CHECK(have_vdso, "natively, the kernel maps a vDSO");
#if defined(__i386__)
  CHECK(sysgate_vdso_sym("__kernel_vsyscall", "LINUX_2.5") == (void*)getauxval(AT_SYSINFO),
        "the vDSO's __kernel_vsyscall is AT_SYSINFO");
#endif
#endif
  return check_summary();
}
