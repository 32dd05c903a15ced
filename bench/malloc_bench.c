/* What malloc + free of 64 bytes costs, built against sysgate, glibc or musl by
 * bench/malloc_run, which compares them. Cases:
 *   pair-64    p = malloc(64); *p = i; free(p);  -- the same block over and over
 *   batch-64   1000 x malloc(64), then the 1000 freed in the same order
 * malloc and free are called through volatile pointers so the compiler can neither drop
 * the pair nor inline it. Each case runs 5 times (about 20 ms each) after a warm-up;
 * one line per run: "case picoseconds_per_malloc_free_pair". */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void* (*volatile f_malloc)(size_t) = malloc;
static void (*volatile f_free)(void*) = free;

static long long now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long long)t.tv_sec * 1000000000 + t.tv_nsec;
}

static void put(const char* s) { write(1, s, strlen(s)); }
static void put_num(unsigned long long v) {
  char b[24];
  int i = sizeof b;
  do b[--i] = (char)('0' + v % 10);
  while (v /= 10);
  write(1, b + i, sizeof b - i);
}

enum { batch = 1000 };
static void* blocks[batch];

static void pair(long long n) {
  for (long long i = 0; i < n; ++i) {
    char* p = f_malloc(64);
    *(volatile char*)p = (char)i;
    f_free(p);
  }
}

static void batches(long long n) {
  for (long long i = 0; i < n; i += batch) {
    for (int j = 0; j < batch; ++j) {
      blocks[j] = f_malloc(64);
      *(volatile char*)blocks[j] = (char)j;
    }
    for (int j = 0; j < batch; ++j) f_free(blocks[j]);
  }
}

static void run(const char* name, void (*body)(long long)) {
  long long n = 2000000;
  body(n / 10);
  for (int r = 0; r < 5; ++r) {
    long long t0 = now_ns();
    body(n);
    long long t = now_ns() - t0;
    put(name);
    put(" ");
    put_num((unsigned long long)(t * 1000 / n));
    put("\n");
  }
}

int main(void) {
  run("pair-64", pair);
  run("batch-64", batches);
  return 0;
}
