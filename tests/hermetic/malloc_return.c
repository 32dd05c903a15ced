/* Freed memory goes back to the kernel: pages that malloc'd blocks occupied and the
 * program touched are resident (mincore) before free and are not after it, either
 * because they are unmapped (mincore fails with ENOMEM) or because they were given back
 * (not resident). Three cases: one 8 MiB block (its own mapping, munmap'd by free);
 * 40,000 blocks of 64 bytes (about fifty slabs, of which a class keeps at most two);
 * 64 blocks of 100 KiB (the largest class's slabs). glibc keeps small blocks' memory,
 * so there is no glibc twin. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "check.h"

enum { page = 4096 };

/* 1 if the page holding `address` is mapped and resident. */
static int resident(const void* address) {
  unsigned char vector = 0;
  long r =
      syscall(SYS_mincore, (void*)((uintptr_t)address & ~(uintptr_t)(page - 1)), page, &vector);
  return r == 0 && (vector & 1);
}

/* Resident pages among the distinct pages holding the blocks' first bytes. */
static long count_resident(char** blocks, int count) {
  long n = 0;
  uintptr_t last = 0;
  for (int i = 0; i < count; ++i) {
    uintptr_t p = (uintptr_t)blocks[i] / page;
    if (p != last && resident(blocks[i])) ++n;
    last = p;
  }
  return n;
}

static char* small[40000];
static char* medium[64];

int main(void) {
  size_t big_size = 8u << 20;
  char* big = malloc(big_size);
  memset(big, 1, big_size);
  long before = 0, after = 0;
  for (size_t i = 0; i < big_size; i += page) before += resident(big + i);
  free(big);
  for (size_t i = 0; i < big_size; i += page) after += resident(big + i);
  CHECK_EQ(before, (long)(big_size / page), "8 MiB block: every page resident before free");
  CHECK_EQ(after, 0, "8 MiB block: no page resident after free");

  for (int i = 0; i < 40000; ++i) {
    small[i] = malloc(64);
    memset(small[i], 2, 64);
  }
  before = count_resident(small, 40000);
  for (int i = 0; i < 40000; ++i) free(small[i]);
  after = count_resident(small, 40000);
  CHECK(before >= 700, "40,000 x 64 B: at least 700 pages resident before free");
  CHECK(after <= 40, "40,000 x 64 B: at most two 64 KiB slabs resident after free");

  for (int i = 0; i < 64; ++i) {
    medium[i] = malloc(100 * 1024);
    memset(medium[i], 3, 100 * 1024);
  }
  before = count_resident(medium, 64);
  for (int i = 0; i < 64; ++i) free(medium[i]);
  after = count_resident(medium, 64);
  CHECK_EQ(before, 64, "64 x 100 KiB: every block's first page resident before free");
  CHECK(after <= 16, "64 x 100 KiB: at most two slabs' blocks resident after free");
  return check_summary();
}
