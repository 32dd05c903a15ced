#include <errno.h>

#include "arch_tcb.hpp"
#include "src/internal/c_export.hpp"
#include "src/startup/full_start.hpp"

// Start-up sets this up (start_full.cpp).
SYSGATE_NEEDS_FULL_START;

namespace sysgate::c {

// Each thread's own errno lives in its TCB (as musl's lives in its thread structure),
// not in static TLS: a program that uses errno but no __thread has no TLS segment.
SYSGATE_C_FUNCTION(int*, __errno_location, () noexcept) {
  return &arch::thread_pointer()->errno_value;
}

}  // namespace sysgate::c
