/* clock_gettime(CLOCK_MONOTONIC) cost, one source for every libc: sysgate, glibc, musl.
 *
 *   clock_gettime [calls [runs]]     defaults: 2000000 calls, 5 runs
 *
 * Prints one line: the calls per run, then each run's nanoseconds per call, e.g.
 *   2000000 21.337 21.102 21.090 21.115 21.093
 * bench/run parses that line; all formatting of tables lives there.
 *
 * Built with -DBENCH_RAW_SYSCALL the loop calls syscall(SYS_clock_gettime...) instead,
 * the cost of entering the kernel: the baseline a vDSO call is meant to beat. On i386 it
 * is SYS_clock_gettime64 (the kernel's 64-bit __kernel_timespec, what sysgate's own
 * fallback uses; Linux >= 5.1), on x86_64 SYS_clock_gettime (the same layout).
 *
 * Built with -DBENCH_VDSO_DIRECT (sysgate only) the loop calls the vDSO's function through
 * a pointer looked up once: no libc at all, the floor every wrapper adds to.
 *
 * Outer timing: clock_gettime(CLOCK_MONOTONIC) of the libc under test, not rdtsc. It
 * reads in nanoseconds with no TSC-frequency calibration (this VM has no performance
 * counters and the frequency is not exported); rdtsc is not ordered with the loop
 * without lfence/rdtscp; and two extra calls around a run of 2,000,000 cost under a
 * millionth of it. Every variant is timed by a vDSO clock natively; under qemu-user
 * (no vDSO) the outer clock is a syscall too, still negligible against the run.
 *
 * Only <time.h> and <unistd.h> (<sys/syscall.h> for the raw loop): sysgate has no stdio
 * yet, and printing with write() keeps the libcs doing the same work outside the loop.
 * A first run, not reported, warms caches and resolves lazy lookups (sysgate's vDSO
 * symbol cache, glibc's PLT). */
#include <time.h>
#include <unistd.h>

#ifdef BENCH_RAW_SYSCALL
#include <sys/syscall.h> /* only here: glibc -m32 would want the i386 kernel headers */
#ifdef SYS_clock_gettime64
#define BENCH_SYS_CLOCK_GETTIME SYS_clock_gettime64
#else
#define BENCH_SYS_CLOCK_GETTIME SYS_clock_gettime
#endif
/* Our own struct: the kernel's __kernel_timespec whatever the libc's time_t is. */
struct bench_kernel_timespec {
  long long tv_sec;
  long long tv_nsec;
};
#endif

#ifdef BENCH_VDSO_DIRECT
/* The floor: the vDSO function itself through a pointer looked up once, no libc wrapper
 * around it (sysgate's lookup; the pointer is the same one its clock_gettime calls). */
#include <sysgate.h>
#ifdef __x86_64__
#define BENCH_VDSO_NAME "__vdso_clock_gettime"
#else
#define BENCH_VDSO_NAME "__vdso_clock_gettime64" /* writes our 64-bit timespec */
#endif
static long (*vdso_clock_gettime)(clockid_t, struct timespec*);
#endif

enum { max_runs = 64 };

static unsigned long long now_ns(void) {
  struct timespec ts;
  if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) _exit(3);
  return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

/* One run: `calls` calls, returns elapsed nanoseconds. The sum of tv_nsec goes to a
 * volatile so the loop's results are used (the calls are opaque anyway). */
static volatile unsigned long long sink;

static unsigned long long run_once(unsigned long calls) {
  unsigned long long sum = 0;
  unsigned long long start = now_ns();
  for (unsigned long i = 0; i < calls; ++i) {
#ifdef BENCH_RAW_SYSCALL
    struct bench_kernel_timespec ts;
    if (syscall(BENCH_SYS_CLOCK_GETTIME, CLOCK_MONOTONIC, &ts) != 0) _exit(4);
#elif defined(BENCH_VDSO_DIRECT)
    struct timespec ts;
    if (vdso_clock_gettime(CLOCK_MONOTONIC, &ts) != 0) _exit(4);
#else
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) _exit(4);
#endif
    sum += (unsigned long long)ts.tv_nsec;
  }
  unsigned long long elapsed = now_ns() - start;
  sink = sum;
  return elapsed;
}

/* --- tiny output: decimal integers and fixed-point values into one buffer --- */

static char out[64 * max_runs];
static unsigned out_len;

static void put_char(char c) {
  if (out_len < sizeof out) out[out_len++] = c;
}

static void put_u64(unsigned long long v) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) put_char(digits[--n]);
}

/* numerator/denominator with three decimals, rounded. */
static void put_ratio3(unsigned long long numerator, unsigned long long denominator) {
  unsigned long long milli = (numerator * 1000ull + denominator / 2) / denominator;
  put_u64(milli / 1000);
  put_char('.');
  put_char((char)('0' + milli / 100 % 10));
  put_char((char)('0' + milli / 10 % 10));
  put_char((char)('0' + milli % 10));
}

static int parse_u32(const char* s, unsigned long* value) {
  unsigned long v = 0;
  if (!*s) return 0;
  for (; *s; ++s) {
    if (*s < '0' || *s > '9' || v > 100000000ul) return 0;
    v = v * 10 + (unsigned long)(*s - '0');
  }
  *value = v;
  return v != 0;
}

static void usage(void) {
  static const char message[] = "usage: clock_gettime [calls [runs]]\n";
  write(2, message, sizeof message - 1);
  _exit(2);
}

int main(int argc, char** argv) {
  unsigned long calls = 2000000, runs = 5;
  if (argc > 3) usage();
  if (argc > 1 && !parse_u32(argv[1], &calls)) usage();
  if (argc > 2 && (!parse_u32(argv[2], &runs) || runs > max_runs)) usage();

#ifdef BENCH_VDSO_DIRECT
  vdso_clock_gettime =
      (long (*)(clockid_t, struct timespec*))sysgate_vdso_sym(BENCH_VDSO_NAME, "LINUX_2.6");
  if (!vdso_clock_gettime) {
    static const char message[] = "clock_gettime: no " BENCH_VDSO_NAME " in this process\n";
    write(2, message, sizeof message - 1);
    return 5;
  }
#endif
  run_once(calls / 10 + 1); /* warm-up, not reported */
  put_u64(calls);
  for (unsigned long r = 0; r < runs; ++r) {
    unsigned long long elapsed = run_once(calls);
    put_char(' ');
    put_ratio3(elapsed, calls);
  }
  put_char('\n');
  return write(1, out, out_len) == (long)out_len ? 0 : 1;
}
