#include <spawn.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/spawn/spawn_action.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawn_file_actions_destroy,
                   (posix_spawn_file_actions_t * actions) noexcept) {
  for (int i = 0; i < actions->__used; ++i) free(actions->__actions[i].path);
  free(actions->__actions);
  *actions = posix_spawn_file_actions_t{};
  return 0;
}

}  // namespace sysgate::c
