#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/random_state.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(long, random, () noexcept) {
  internal::LockGuard guard(stdlib::random_lock);
  return stdlib::random_next(stdlib::random_state);
}

}  // namespace sysgate::c
