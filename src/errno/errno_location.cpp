#include <errno.h>

#include "arch_tcb.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Each thread's own errno lives in its TCB (as musl's lives in its thread structure),
// not in static TLS: a program that uses errno but no __thread has no TLS segment.
SYSGATE_C_FUNCTION(int*, __errno_location, () noexcept) {
  return &arch::thread_pointer()->errno_value;
}

}  // namespace sysgate::c
