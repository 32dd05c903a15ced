#include <spawn.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawnattr_init, (posix_spawnattr_t * attr) noexcept) {
  *attr = posix_spawnattr_t{};
  return 0;
}

}  // namespace sysgate::c
