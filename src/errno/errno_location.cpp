#include <errno.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Each thread's own errno lives in static TLS, below the TCB.
static thread_local int errno_value;

SYSGATE_C_FUNCTION(int*, __errno_location, () noexcept) { return &errno_value; }

}  // namespace sysgate::c
