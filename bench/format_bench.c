/* snprintf of %d, %.17g, %f and %e, and strtod, built against sysgate, glibc or musl by
 * bench/figures. Prints one line per case: "name ns_per_call" (the best of 5 runs of
 * REPS x 4096 calls, the least disturbed by other load). The inputs are fixed
 * pseudo-random: ints over the whole range, doubles with 17 significant digits between
 * 1e-20 and 1e20, and strtod reads their %.17g texts. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

static unsigned long long state = 88172645463325252ull;
static unsigned long long next(void) {
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return state;
}

#define N 4096
static double values[N];
static int ints[N];
static char texts[N][32];

int main(int argc, char** argv) {
  int reps = argc > 1 ? atoi(argv[1]) : 20;
  for (int i = 0; i < N; i++) {
    unsigned long long r = next();
    ints[i] = (int)r;
    double m = (double)(r >> 11) / 9007199254740992.0, p = 1;
    int e = (int)(next() % 40) - 20;
    for (; e > 0; e--) p *= 10;
    for (; e < 0; e++) p /= 10;
    values[i] = m * p;
  }
  for (int i = 0; i < N; i++) snprintf(texts[i], sizeof texts[i], "%.17g", values[i]);
  const char* names[] = {"snprintf-d", "snprintf-.17g", "snprintf-f", "snprintf-e", "strtod"};
  char buf[512];
  volatile unsigned sink = 0;
  for (int c = 0; c < 5; c++) {
    double best = 1e30;
    for (int r = 0; r < 5; r++) {
      double t0 = now_ns();
      for (int k = 0; k < reps; k++) {
        for (int i = 0; i < N; i++) {
          switch (c) {
            case 0:
              sink += snprintf(buf, sizeof buf, "%d", ints[i]);
              break;
            case 1:
              sink += snprintf(buf, sizeof buf, "%.17g", values[i]);
              break;
            case 2:
              sink += snprintf(buf, sizeof buf, "%f", values[i]);
              break;
            case 3:
              sink += snprintf(buf, sizeof buf, "%e", values[i]);
              break;
            default:
              sink += (unsigned)strtod(texts[i], 0);
              break;
          }
        }
      }
      double t = (now_ns() - t0) / (reps * (double)N);
      if (t < best) best = t;
    }
    printf("%s %.1f\n", names[c], best);
  }
  return 0;
}
