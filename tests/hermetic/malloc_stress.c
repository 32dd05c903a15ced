/* malloc stress: random malloc/calloc/realloc/reallocarray/free and aligned
 * allocations (aligned_alloc, posix_memalign, memalign) of mixed sizes, from 0 bytes to
 * over the 128 KiB mmap threshold, over 4096 slots. Every block is stamped with a
 * pattern of its own (every byte of the first 64 and last 32, then every 61st byte) that
 * is checked before the block is freed or resized, so two live blocks that overlap, or a
 * realloc that loses bytes, fail the test; so does a misaligned pointer, a calloc block
 * that is not zero, or a malloc_usable_size below the size asked.
 *
 * usage: malloc-stress OPERATIONS. The suite gives 2 * 10^6 (about 1.5 s of CPU
 * natively: each large block costs a mapping and its page faults); run it by hand with
 * 10000000 for the 10^7. To keep the suite fast the program runs fewer where it
 * is slow or repeats itself: a tenth in the native-int80 run (SYSGATE_ENTRY is set; on
 * x86_64 the same code as native) and under qemu-user (SYSGATE_RUNS_UNDER), a fiftieth
 * on the kernel suite's emulated machines (their runner sets SYSGATE_EXPECT_VDSO).
 * Built against glibc it prints the same line for the same count. */
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { slots = 4096 };

struct slot {
  unsigned char* p;
  size_t size;
  unsigned seed;
};

static struct slot table[slots];
static uint64_t state = 0x853c49e6748fea9bull;
static unsigned long long checks, failures;

static uint32_t next(void) {
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return (uint32_t)((state * 0x2545f4914f6cdd1dull) >> 32);
}

static unsigned char stamp(unsigned seed, size_t i) {
  return (unsigned char)((seed + i * 0x9e3779b1u) >> 11 ^ seed);
}

static size_t next_position(size_t i, size_t n) {
  if (i < 64 || i + 32 >= n) return i + 1;
  size_t j = i + 61;
  return j + 32 >= n ? n - 32 : j;
}

static void fail(const char* what, long long op) {
  if (++failures <= 10) dprintf(1, "not ok - %s (operation %lld)\n", what, op);
}

static void fill(struct slot* s) {
  for (size_t i = 0; i < s->size; i = next_position(i, s->size)) s->p[i] = stamp(s->seed, i);
}

/* The pattern holds over the first n bytes. */
static int intact(const struct slot* s, size_t n) {
  ++checks;
  for (size_t i = 0; i < n; i = next_position(i, s->size))
    if (s->p[i] != stamp(s->seed, i)) return 0;
  return 1;
}

static int zero(const unsigned char* p, size_t n) {
  for (size_t i = 0; i < n; i = next_position(i, n))
    if (p[i]) return 0;
  return 1;
}

static size_t random_size(void) {
  uint32_t r = next() % 10000;
  if (r < 7000) return next() % 129;           /* 0..128: the fast classes */
  if (r < 9800) return 129 + next() % 3968;    /* to 4 KiB */
  if (r < 9996) return 4097 + next() % 126976; /* to 128 KiB, the last small classes */
  return 131072 - 64 + next() % 262144;        /* around and above the mmap threshold */
}

static void take(struct slot* s, unsigned char* p, size_t size, size_t align, long long op) {
  s->p = p;
  s->size = size;
  s->seed = next();
  if (!p) {
    fail("allocation failed", op);
    return;
  }
  if ((uintptr_t)p % align) fail("misaligned block", op);
  if (malloc_usable_size(p) < size) fail("malloc_usable_size below the size asked", op);
  fill(s);
}

static void allocate(struct slot* s, long long op) {
  size_t size = random_size();
  uint32_t how = next() % 100;
  if (how < 60) return take(s, malloc(size), size, 16, op);
  if (how < 75) {
    size_t count = 1 + next() % 4, each = size / count;
    unsigned char* p = calloc(count, each);
    if (p && !zero(p, count * each)) fail("calloc block not zero", op);
    return take(s, p, count * each, 16, op);
  }
  size_t align = (size_t)32 << next() % 9; /* 32 .. 8192 */
  if (next() % 64 == 0) align = 65536;
  if (how < 85) return take(s, aligned_alloc(align, size), size, align, op);
  if (how < 95) {
    void* p = 0;
    if (posix_memalign(&p, align, size) != 0) p = 0;
    return take(s, p, size, align, op);
  }
  take(s, memalign(align, size), size, align, op);
}

static void change(struct slot* s, long long op) {
  uint32_t how = next() % 100;
  if (!intact(s, s->size)) fail("block contents changed", op);
  if (how < 55) {
    free(s->p);
    s->p = 0;
    return;
  }
  size_t size = how < 70 ? s->size + next() % 64 : random_size();
  unsigned char* p;
  if (size == 0) { /* realloc(p, 0) frees, as glibc's */
    p = realloc(s->p, 0);
    if (p) fail("realloc(p, 0) returned a block", op);
    s->p = 0;
    return;
  }
  if (how < 90)
    p = realloc(s->p, size);
  else
    p = reallocarray(s->p, size, 1);
  if (!p) {
    fail("realloc failed", op);
    return;
  }
  size_t kept = size < s->size ? size : s->size;
  s->p = p;
  if (!intact(s, kept)) fail("realloc lost contents", op);
  take(s, p, size, 16, op);
}

int main(int argc, char** argv) {
  long long operations = argc > 1 ? atoll(argv[1]) : 10000000;
  if (getenv("SYSGATE_EXPECT_VDSO"))
    operations /= 50;
  else if (getenv("SYSGATE_RUNS_UNDER") || getenv("SYSGATE_ENTRY"))
    operations /= 10;
  for (long long op = 0; op < operations; ++op) {
    struct slot* s = &table[next() % slots];
    if (s->p)
      change(s, op);
    else
      allocate(s, op);
  }
  for (int i = 0; i < slots; ++i) {
    if (table[i].p && !intact(&table[i], table[i].size)) fail("block contents changed", -1);
    free(table[i].p);
  }
  dprintf(1, "malloc-stress: %s, %llu blocks checked, %llu failures\n", failures ? "FAILED" : "ok",
          checks, failures);
  return failures != 0;
}
