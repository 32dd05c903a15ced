/* qsort and bsearch: sorted output over shapes that break naive quicksorts (sorted,
 * reversed, all equal, organ pipe, sawtooth, median-of-3 killer) and element sizes of
 * 1 to 24 bytes; bsearch probes as glibc does (the same element of a run of equal
 * keys), and finds nothing in an empty array. Each line's hash is glibc 2.36's. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

static long compares;

static int cmp_int(const void* a, const void* b) {
  ++compares;
  int x = *(const int*)a, y = *(const int*)b;
  return (x > y) - (x < y);
}

static int cmp_first_byte(const void* a, const void* b) {
  return *(const unsigned char*)a - *(const unsigned char*)b;
}

static uint32_t hash_bytes(uint32_t h, const void* p, size_t n) {
  const unsigned char* s = p;
  while (n--) h = (h ^ *s++) * 16777619u;
  return h;
}

static unsigned lcg = 12345;
static int next_random(void) { return (int)((lcg = lcg * 1103515245u + 12345u) >> 8); }

enum { N = 20000 };
static int data[N];

static void fill(int shape, int n) {
  for (int i = 0; i < n; ++i) switch (shape) {
      case 0:
        data[i] = next_random();
        break;
      case 1:
        data[i] = i;
        break;
      case 2:
        data[i] = n - i;
        break;
      case 3:
        data[i] = 7;
        break;
      case 4:
        data[i] = i < n / 2 ? i : n - i;
        break;
      case 5:
        data[i] = i % 37;
        break;
      case 6:
        data[i] = next_random() % 4;
        break;
      case 7:
        data[i] = (i % 2) ? i : n / 2 + i;
        break; /* a median-of-3 killer's pattern */
    }
}

static void check_sorted_ints(int shape, int n) {
  fill(shape, n);
  uint32_t before = 0;
  for (int i = 0; i < n; ++i) before += (uint32_t)data[i] * 2654435761u;
  compares = 0;
  qsort(data, n, sizeof(int), cmp_int);
  uint32_t after = 0;
  int sorted = 1;
  for (int i = 0; i < n; ++i) {
    after += (uint32_t)data[i] * 2654435761u;
    if (i && data[i - 1] > data[i]) sorted = 0;
  }
  char what[64];
  snprintf(what, sizeof what, "shape %d n %d: sorted, same elements", shape, n);
  CHECK(sorted && before == after, what);
  /* n log2 n is about 286000 for 20000: a quadratic sort needs 10^8. */
  snprintf(what, sizeof what, "shape %d n %d: not quadratic", shape, n);
  CHECK(compares < 3 * 300000, what);
  dprintf(1, "qsort shape %d n %d: %08x\n", shape, n,
          hash_bytes(2166136261u, data, n * sizeof(int)));
}

/* Records of `size` bytes keyed by their first byte, the rest a payload that must move
 * with the key: sorted keys, and each record still whole. */
static void check_record_sizes(void) {
  static unsigned char records[600 * 24];
  for (size_t size = 1; size <= 24; ++size) {
    for (int i = 0; i < 600; ++i)
      for (size_t b = 0; b < size; ++b)
        records[i * size + b] = (unsigned char)(next_random() % 251);
    for (int i = 0; i < 600; ++i)
      for (size_t b = 1; b < size; ++b)
        records[i * size + b] = (unsigned char)(records[i * size] + b);
    qsort(records, 600, size, cmp_first_byte);
    int ok = 1;
    for (int i = 0; i < 600; ++i) {
      if (i && records[(i - 1) * size] > records[i * size]) ok = 0;
      for (size_t b = 1; b < size; ++b)
        if (records[i * size + b] != (unsigned char)(records[i * size] + b)) ok = 0;
    }
    char what[48];
    snprintf(what, sizeof what, "records of %zu bytes sort whole", size);
    CHECK(ok, what);
  }
}

static void check_bsearch(void) {
  int keys[1000];
  for (int i = 0; i < 1000; ++i) keys[i] = i / 3 * 2; /* runs of three equal keys, gaps */
  uint32_t h = 2166136261u;
  for (int k = -2; k < 700; ++k) {
    int* p = bsearch(&k, keys, 1000, sizeof(int), cmp_int);
    long long index = p ? p - keys : -1;
    h = hash_bytes(h, &index, sizeof index);
  }
  dprintf(1, "bsearch probes: %08x\n", h);
  int k = 5;
  CHECK(bsearch(&k, keys, 0, sizeof(int), cmp_int) == NULL, "bsearch of an empty array");
  k = 0;
  CHECK(bsearch(&k, keys, 1, sizeof(int), cmp_int) == keys, "bsearch of one element");
  qsort(keys, 0, sizeof(int), cmp_int);
  qsort(keys, 1, sizeof(int), cmp_int);
  CHECK(keys[0] == 0 && keys[1] == 0, "qsort of no element and of one");
}

/* Every length up to 300 with few distinct keys (1 to 7): the paths for runs of equal
 * keys, at every size around the insertion-sort cut-off. */
static void check_small_duplicates(void) {
  int ok = 1;
  for (int n = 0; n <= 300; ++n) {
    uint32_t before = 0, after = 0;
    for (int i = 0; i < n; ++i)
      before += (uint32_t)(data[i] = next_random() % (1 + n % 7)) * 2654435761u;
    qsort(data, n, sizeof(int), cmp_int);
    for (int i = 0; i < n; ++i) {
      after += (uint32_t)data[i] * 2654435761u;
      if (i && data[i - 1] > data[i]) ok = 0;
    }
    if (before != after) ok = 0;
  }
  CHECK(ok, "lengths 0 to 300 with 1 to 7 distinct keys");
}

int main(void) {
  for (int shape = 0; shape < 8; ++shape) {
    check_sorted_ints(shape, N);
    check_sorted_ints(shape, 1 + shape * 3);
  }
  check_record_sizes();
  check_small_duplicates();
  check_bsearch();
  return check_summary();
}
