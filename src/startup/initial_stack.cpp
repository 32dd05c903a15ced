#include "src/startup/initial_stack.hpp"

#include <sys/auxv.h>

#include "src/startup/full_start.hpp"

// Start-up sets this up (start_full.cpp).
SYSGATE_NEEDS_FULL_START;

// Referred to weakly: set here only in a program that links it.
extern "C" [[gnu::weak]] char** environ;

namespace sysgate::startup {

const unsigned long* initial_stack_pointer;

// Called by start_full.cpp's sysgate_start_c, whose weak stand-in does nothing where
// this object is not linked: one call there instead of two tests and stores.
// environ.cpp names this object (the anchor), so environ is set here too.
extern "C" SYSGATE_STARTUP_CALL void sysgate_record_initial_stack(
    const unsigned long* sp) noexcept {
  initial_stack_pointer = sp;
  if (&environ) environ = read_initial_stack(sp).envp;
}
extern "C" SYSGATE_STARTUP_CALL void sysgate_initial_stack_anchor(const unsigned long* sp) noexcept
    __attribute__((alias("sysgate_record_initial_stack")));

namespace {
// Process-global, written on first use; every writer stores the same value, so a
// race between two first uses is harmless.
const unsigned long* known_aux_vector;
}  // namespace

unsigned long find_aux(const unsigned long* auxv, unsigned long type, bool* found) noexcept {
  for (const unsigned long* a = auxv; a && a[0] != AT_NULL; a += 2) {
    if (a[0] == type) {
      *found = true;
      return a[1];
    }
  }
  *found = false;
  return 0;
}

const unsigned long* aux_vector() noexcept {
  const unsigned long* auxv = __atomic_load_n(&known_aux_vector, __ATOMIC_RELAXED);
  if (!auxv) {
    auxv = aux_vector_after(process().envp);
    __atomic_store_n(&known_aux_vector, auxv, __ATOMIC_RELAXED);
  }
  return auxv;
}

}  // namespace sysgate::startup
