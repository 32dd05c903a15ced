/* rand, srand, rand_r, random, srandom, initstate and setstate give glibc's sequences
 * (glibc 2.36's values are the expected lines): before any seed, for seeds 0, 1 and
 * above 2^31, with every state size, and across setstate switches. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

static uint32_t hash_random(int count) {
  uint32_t h = 2166136261u;
  for (int i = 0; i < count; ++i) h = (h ^ (uint32_t)random()) * 16777619u;
  return h;
}

int main(void) {
  int first = rand();
  dprintf(1, "rand unseeded: %d %d %d\n", first, rand(), rand());
  srand(1);
  CHECK_EQ(rand(), first, "rand() unseeded is srand(1)'s sequence");
  static const unsigned seeds[] = {0, 1, 2, 42, 12345, 0x7fffffffu, 0x80000000u, 0xdeadbeefu};
  for (unsigned i = 0; i < sizeof seeds / sizeof seeds[0]; ++i) {
    srand(seeds[i]);
    int a = rand(), b = rand();
    srandom(seeds[i]);
    dprintf(1, "seed %u: %d %d %08x\n", seeds[i], a, b, hash_random(1000));
  }
  for (unsigned i = 0; i < sizeof seeds / sizeof seeds[0]; ++i) {
    unsigned s = seeds[i];
    int a = rand_r(&s), b = rand_r(&s);
    dprintf(1, "rand_r %u: %d %d %u\n", seeds[i], a, b, s);
  }

  static char buffers[6][300];
  static const size_t sizes[] = {8, 31, 32, 64, 128, 300};
  char* original = initstate(7, buffers[0], sizes[0]);
  CHECK(original != NULL, "initstate returns the old state");
  for (int i = 0; i < 6; ++i) {
    if (i) initstate(99, buffers[i], sizes[i]);
    dprintf(1, "initstate %zu: %ld %08x\n", sizes[i], random(), hash_random(500));
  }
  /* Switch back and forth: each state resumes where it stopped. */
  char* was = setstate(buffers[2]);
  CHECK(was == buffers[5], "setstate returns the state it replaces");
  long x = random();
  setstate(buffers[3]);
  long y = random();
  setstate(buffers[2]);
  dprintf(1, "setstate: %ld %ld %ld\n", x, y, random());
  setstate(original);
  dprintf(1, "back to the original: %ld %08x\n", random(), hash_random(100));

  errno = 0;
  CHECK(initstate(1, buffers[0], 7) == NULL && errno == EINVAL, "initstate of 7 bytes: EINVAL");
  errno = 0;
  char* volatile null_state = NULL;
  CHECK(setstate(null_state) == NULL && errno == EINVAL, "setstate(NULL): EINVAL");
  dprintf(1, "RAND_MAX %d\n", RAND_MAX);
  return check_summary();
}
