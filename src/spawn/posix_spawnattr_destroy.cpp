#include <spawn.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawnattr_destroy, (posix_spawnattr_t * attr) noexcept) {
  (void)attr;
  return 0;
}

}  // namespace sysgate::c
