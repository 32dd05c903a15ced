#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/random_state.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, setstate, (char* buffer) noexcept) {
  if (!buffer) {
    errno = EINVAL;
    return nullptr;
  }
  internal::LockGuard guard(stdlib::random_lock);
  auto& r = stdlib::random_state;
  char* old = reinterpret_cast<char*>(r.state - 1);
  stdlib::random_save(r);
  int32_t* state = reinterpret_cast<int32_t*>(buffer) + 1;
  int type = state[-1] % stdlib::random_types;
  if (type < 0) {
    errno = EINVAL;
    return nullptr;
  }
  r.type = type;
  r.degree = stdlib::random_degrees[type];
  r.separation = stdlib::random_separations[type];
  if (type != 0) {
    int rear = state[-1] / stdlib::random_types;
    r.rptr = state + rear;
    r.fptr = state + (rear + r.separation) % r.degree;
  }
  r.state = state;
  r.end_ptr = state + r.degree;
  return old;
}

}  // namespace sysgate::c
