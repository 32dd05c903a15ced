/* snprintf(buf, 512, "%d", x) alone, for a loaded machine: the minimum over 2,000 runs of
 * 1,024 calls (each run about 50 us, short enough that most runs see no preemption), in
 * ns per call. Build it as bench/figures builds format_bench.c (sysgate-cc -O2, gcc -O2,
 * musl-gcc -static -O2) and interleave the programs; the same pseudo-random ints over the
 * whole range as format_bench.c. */
#include <stdio.h>
#include <time.h>

static unsigned long long state = 88172645463325252ull;
static unsigned long long next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

#define N 1024
static int ints[N];

int main(void) {
  for (int i = 0; i < N; i++) ints[i] = (int)next();
  char buf[512];
  volatile unsigned sink = 0;
  double best = 1e30;
  for (int r = 0; r < 2000; r++) {
    double t0 = now_ns();
    for (int i = 0; i < N; i++) sink += snprintf(buf, sizeof buf, "%d", ints[i]);
    double t = (now_ns() - t0) / N;
    if (t < best) best = t;
  }
  printf("snprintf-d %.2f\n", best);
  return 0;
}
