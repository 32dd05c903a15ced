/* The stack-protector canary: from AT_RANDOM, lowest byte zero, where
 * -fstack-protector code reads it (%gs:0x14 / %fs:0x28). Built with
 * -fstack-protector-all, so main itself checks it on return. */
#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>

#include "check.h"

static uintptr_t canary(void) {
  uintptr_t value;
#if defined(__x86_64__)
  __asm__("mov %%fs:0x28, %0" : "=r"(value));
#else
  __asm__("mov %%gs:0x14, %0" : "=r"(value));
#endif
  return value;
}

int main(void) {
  uintptr_t c = canary();
  uintptr_t random;
  memcpy(&random, (const void*)getauxval(AT_RANDOM), sizeof random);
  CHECK(c != 0, "the canary is set");
  CHECK_EQ(c & 0xff, 0, "its lowest byte is zero");
#ifndef SYSGATE_HOST_LIBC
  CHECK(c == (random & ~(uintptr_t)0xff), "it is AT_RANDOM's first word, low byte zeroed");
#endif
  return check_summary();
}
