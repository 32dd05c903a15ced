/* Static TLS from PT_TLS: initialised values copied, the rest zero, alignment kept.
 * Built twice: small (fits start-up's built-in block) and with TLS_BIG bytes more
 * (start-up must mmap the block). */
#include <errno.h>
#include <stdint.h>

#include "check.h"

#ifndef TLS_BIG
#define TLS_BIG 1
#endif

__thread int initialised = 42;
__thread long long wide = 0x1122334455667788LL;
__thread int zeroed;
__thread char big[TLS_BIG];
_Alignas(64) __thread char aligned64[3] = {7, 8, 9};

static uintptr_t thread_pointer(void) {
  uintptr_t tp;
#if defined(__x86_64__)
  __asm__("mov %%fs:0, %0" : "=r"(tp));
#else
  __asm__("mov %%gs:0, %0" : "=r"(tp));
#endif
  return tp;
}

int main(void) {
  CHECK_EQ(initialised, 42, "an initialised __thread int");
  CHECK(wide == 0x1122334455667788LL, "an initialised __thread long long");
  CHECK_EQ(zeroed, 0, "a zero __thread int");
  int all_zero = 1;
  for (unsigned i = 0; i < sizeof big; ++i) all_zero &= big[i] == 0;
  CHECK(all_zero, "a __thread array is zero throughout");
  big[sizeof big - 1] = 5;
  CHECK_EQ(big[sizeof big - 1], 5, "the last byte of the TLS block is writable");
  CHECK_EQ((uintptr_t)aligned64 % 64, 0, "a 64-byte aligned __thread keeps its alignment");
  CHECK(aligned64[0] == 7 && aligned64[2] == 9, "... and its initial value");
  uintptr_t tp = thread_pointer();
  CHECK(tp != 0, "the TCB's first word points at itself (thread pointer)");
  CHECK((uintptr_t)&initialised < tp && (uintptr_t)&zeroed < tp, "TLS sits below the TCB");
  /* glibc keeps errno in static TLS, below the TCB; sysgate in the TCB itself (as musl
   * in its thread structure), so that a program without __thread has no TLS segment. */
  uintptr_t e = (uintptr_t)&errno;
  CHECK((e < tp && tp - e < 1024 + TLS_BIG + 128) || (e >= tp && e - tp < 128),
        "errno is thread-local, next to or in the TCB");
  return check_summary();
}
