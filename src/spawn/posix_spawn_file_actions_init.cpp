#include <spawn.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawn_file_actions_init,
                   (posix_spawn_file_actions_t * actions) noexcept) {
  *actions = posix_spawn_file_actions_t{};
  return 0;
}

}  // namespace sysgate::c
