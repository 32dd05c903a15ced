#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/random_state.hpp"

namespace sysgate::c {

// As glibc: rand() is random().
SYSGATE_C_FUNCTION(int, rand, () noexcept) {
  internal::LockGuard guard(stdlib::random_lock);
  return stdlib::random_next(stdlib::random_state);
}

}  // namespace sysgate::c
