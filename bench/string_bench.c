/* Throughput of memcpy, memset, strlen and memchr at 64 B, 4 KiB and 1 MiB, and of
 * strstr over 64 KiB (text and an adversarial run of 'a') and memmem over the same text, built
 * against sysgate or glibc by bench/string_run, which compares them. Prints one line per
 * case: "name size bytes_per_ns". The functions are called through volatile pointers so
 * the compiler neither inlines nor drops them; each case repeats until about 20 ms of
 * work, the best of 5 such runs is printed (the least disturbed by other load). */
#define _GNU_SOURCE /* memmem */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void* (*volatile f_memcpy)(void*, const void*, size_t) = memcpy;
static void* (*volatile f_memset)(void*, int, size_t) = memset;
static size_t (*volatile f_strlen)(const char*) = strlen;
static void* (*volatile f_memchr)(const void*, int, size_t) = memchr;
static char* (*volatile f_strstr)(const char*, const char*) = strstr;
static void* (*volatile f_memmem)(const void*, size_t, const void*, size_t) = memmem;

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

static char *src, *dst, *text, *run_of_a;
/* strstr's needles: 16 letters absent from text; a^31 b, absent from a run of a (a naive
 * search compares up to 32 bytes at every position). */
static const char text_needle[] = "qzxjkvbwqzxjkvbw";
static char aaab[33];
static volatile size_t sink;

static void run(int which, size_t n) {
  src[n] = 0;
  long long iterations = 20000000 / (n + 32) + 1, best = -1;
  for (int r = 0; r < 5; ++r) {
    long long t0 = now_ns();
    for (long long i = 0; i < iterations; ++i) {
      switch (which) {
        case 0:
          f_memcpy(dst, src, n);
          break;
        case 1:
          f_memset(dst, i, n);
          break;
        case 2:
          sink += f_strlen(src);
          break;
        case 3:
          sink += (size_t)f_memchr(src, 1, n);
          break;
        case 4:
          sink += (size_t)f_strstr(text, text_needle);
          break;
        case 5:
          sink += (size_t)f_strstr(run_of_a, aaab);
          break;
        case 6:
          sink += (size_t)f_memmem(text, n, text_needle, sizeof text_needle - 1);
          break;
      }
    }
    long long t = now_ns() - t0;
    if (best < 0 || t < best) best = t;
  }
  static const char* names[] = {"memcpy",      "memset",      "strlen",     "memchr",
                                "strstr-text", "strstr-aaab", "memmem-text"};
  put(names[which]);
  put(" ");
  put_num(n);
  put(" ");
  /* bytes per ns, in thousandths */
  put_num((unsigned long long)(iterations * (long long)n * 1000 / (best ? best : 1)));
  put("\n");
  src[n] = 'a';
}

int main(void) {
  size_t max = 1 << 20;
  src = malloc(max + 64);
  dst = malloc(max + 64);
  if (!src || !dst) return 1;
  memset(src, 'a', max + 64);
  memset(dst, 'b', max + 64);
  size_t sizes[] = {64, 4096, 1 << 20};
  for (int w = 0; w < 4; ++w)
    for (int s = 0; s < 3; ++s) run(w, sizes[s]);
  /* strstr over 64 KiB: lowercase pseudo-random text, and a run of 'a'. */
  size_t big = 1 << 16;
  text = malloc(big + 1);
  run_of_a = malloc(big + 1);
  if (!text || !run_of_a) return 1;
  unsigned x = 1;
  for (size_t i = 0; i < big; ++i)
    x = x * 1103515245u + 12345u, text[i] = (char)('a' + (x >> 16) % 26);
  text[big] = 0;
  memset(run_of_a, 'a', big);
  run_of_a[big] = 0;
  memset(aaab, 'a', 31);
  aaab[31] = 'b';
  run(4, big);
  run(5, big);
  run(6, big);
  return 0;
}
