#include <spawn.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/spawn/spawn_action.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawn_file_actions_addchdir_np,
                   (posix_spawn_file_actions_t* __restrict actions,
                    const char* __restrict path) noexcept) {
  char* copy = strdup(path);
  if (!copy) return ENOMEM;
  __spawn_action* a = spawn::add(actions);
  if (!a) {
    free(copy);
    return ENOMEM;
  }
  *a = {__spawn_action::chdir, -1, 0, copy, 0, 0};
  return 0;
}

}  // namespace sysgate::c
