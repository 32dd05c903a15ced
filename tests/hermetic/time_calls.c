/* Calls every time function many times and nothing else: natively, with a vDSO,
 * tests/no_time_syscalls.sh checks under strace that none of them entered the kernel. */
#include <sched.h>
#include <sys/time.h>
#include <time.h>

int main(void) {
  struct timespec ts;
  struct timeval tv;
  long long sum = 0;
  for (int i = 0; i < 1000; ++i) {
    clock_gettime(CLOCK_MONOTONIC, &ts);
    sum += ts.tv_nsec;
    clock_gettime(CLOCK_REALTIME, &ts);
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    clock_getres(CLOCK_MONOTONIC, &ts);
    gettimeofday(&tv, 0);
    sum += time(0);
    sum += sched_getcpu();
  }
  return sum == 42; /* never: keeps the loop from being optimised away */
}
