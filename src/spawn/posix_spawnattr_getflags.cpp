#include <spawn.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawnattr_getflags, (const posix_spawnattr_t* __restrict attr, short* __restrict flags) noexcept) {
  *flags = attr->__flags;
  return 0;
}

}  // namespace sysgate::c
