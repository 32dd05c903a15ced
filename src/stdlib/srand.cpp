#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/random_state.hpp"

namespace sysgate::c {

// As glibc: srand() is srandom().
SYSGATE_C_FUNCTION(void, srand, (unsigned seed) noexcept) {
  internal::LockGuard guard(stdlib::random_lock);
  stdlib::random_seed(stdlib::random_state, seed);
}

}  // namespace sysgate::c
