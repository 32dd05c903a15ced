#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/random_state.hpp"

namespace sysgate::c {

// As glibc: the type follows the size (8, 32, 64, 128, 256 bytes); the old state is
// returned as the pointer its initstate() was given.
SYSGATE_C_FUNCTION(char*, initstate, (unsigned seed, char* buffer, size_t size) noexcept) {
  if (size < 8) {
    errno = EINVAL;
    return nullptr;
  }
  internal::LockGuard guard(stdlib::random_lock);
  auto& r = stdlib::random_state;
  char* old = reinterpret_cast<char*>(r.state - 1);
  stdlib::random_save(r);
  int type = size < 32 ? 0 : size < 64 ? 1 : size < 128 ? 2 : size < 256 ? 3 : 4;
  r.type = type;
  r.degree = stdlib::random_degrees[type];
  r.separation = stdlib::random_separations[type];
  r.state = reinterpret_cast<int32_t*>(buffer) + 1;
  r.end_ptr = r.state + r.degree;
  stdlib::random_seed(r, seed);
  stdlib::random_save(r);
  return old;
}

}  // namespace sysgate::c
