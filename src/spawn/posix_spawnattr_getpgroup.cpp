#include <spawn.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawnattr_getpgroup, (const posix_spawnattr_t* __restrict attr, pid_t* __restrict group) noexcept) {
  *group = attr->__pgrp;
  return 0;
}

}  // namespace sysgate::c
