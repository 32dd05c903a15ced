#include <spawn.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawnattr_setsigmask, (posix_spawnattr_t* __restrict attr, const sigset_t* __restrict mask) noexcept) {
  attr->__ss = *mask;
  return 0;
}

}  // namespace sysgate::c
