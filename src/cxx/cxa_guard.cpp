// Guards for function-local statics, as the Itanium C++ ABI lays them out: a 64-bit
// word whose first byte says "initialised" (the compiler tests that byte inline and
// calls here only while it is 0). One thread for now, so no lock; the second byte
// marks "initialisation in progress", which catches an initialiser that re-enters
// its own function (undefined behaviour that would otherwise loop or run it twice).
#include <stdint.h>

#include "src/internal/abort.hpp"

namespace {
uint8_t* done(uint64_t* guard) { return reinterpret_cast<uint8_t*>(guard); }
uint8_t* busy(uint64_t* guard) { return reinterpret_cast<uint8_t*>(guard) + 1; }
}  // namespace

extern "C" {

// 1: the caller must initialise and then release; 0: someone already did.
int __cxa_guard_acquire(uint64_t* guard) {
  if (*done(guard)) return 0;
  if (*busy(guard)) {
    sysgate::internal::abort_with("sysgate: recursive initialisation of a function-local static\n");
  }
  *busy(guard) = 1;
  return 1;
}

void __cxa_guard_release(uint64_t* guard) {
  *busy(guard) = 0;
  *done(guard) = 1;
}

// The initialiser threw; with -fno-exceptions never called, kept for the ABI.
void __cxa_guard_abort(uint64_t* guard) { *busy(guard) = 0; }
}
