#include <spawn.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawnattr_getsigdefault, (const posix_spawnattr_t* __restrict attr, sigset_t* __restrict set) noexcept) {
  *set = attr->__sd;
  return 0;
}

}  // namespace sysgate::c
