/* qsort of 10^6 ints through a comparison function, the same source for every libc:
 * prints one line per input shape with the milliseconds of each of R runs.
 *
 *   qsort_bench [R]      (default 3)
 *
 * Shapes: random (a fixed LCG), sorted, reversed, few (16 distinct keys). The input is
 * rebuilt before each run; only the qsort call is timed, in CPU time of the process
 * (CLOCK_PROCESS_CPUTIME_ID), so that other load on the machine counts less. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { N = 1000000 };
static int data[N];

static int compare(const void* a, const void* b) {
  int x = *(const int*)a, y = *(const int*)b;
  return (x > y) - (x < y);
}

static void fill(const char* shape) {
  unsigned state = 12345;
  for (int i = 0; i < N; ++i) {
    state = state * 1103515245u + 12345u;
    int r = (int)(state >> 1);
    if (strcmp(shape, "random") == 0)
      data[i] = r;
    else if (strcmp(shape, "sorted") == 0)
      data[i] = i;
    else if (strcmp(shape, "reversed") == 0)
      data[i] = N - i;
    else
      data[i] = r % 16;
  }
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char** argv) {
  int runs = argc > 1 ? atoi(argv[1]) : 3;
  static const char* const shapes[] = {"random", "sorted", "reversed", "few"};
  for (int s = 0; s < 4; ++s) {
    char line[256];
    int used = snprintf(line, sizeof line, "%s", shapes[s]);
    for (int r = 0; r < runs; ++r) {
      fill(shapes[s]);
      double start = now_ms();
      qsort(data, N, sizeof(int), compare);
      double ms = now_ms() - start;
      for (int i = 1; i < N; ++i)
        if (data[i - 1] > data[i]) return 1;
      used += snprintf(line + used, sizeof line - used, " %.2f", ms);
    }
    dprintf(1, "%s\n", line);
  }
  return 0;
}
