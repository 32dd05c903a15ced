#include <spawn.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawnattr_setpgroup, (posix_spawnattr_t * attr, pid_t group) noexcept) {
  attr->__pgrp = group;
  return 0;
}

}  // namespace sysgate::c
