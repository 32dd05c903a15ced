#include <spawn.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/spawn/spawn_action.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawn_file_actions_addopen,
                   (posix_spawn_file_actions_t* __restrict actions, int fd,
                    const char* __restrict path, int flags, mode_t mode) noexcept) {
  if (!spawn::fd_is_valid(fd)) return EBADF;
  char* copy = strdup(path);
  if (!copy) return ENOMEM;
  __spawn_action* a = spawn::add(actions);
  if (!a) {
    free(copy);
    return ENOMEM;
  }
  *a = {__spawn_action::open, fd, 0, copy, flags, mode};
  return 0;
}

}  // namespace sysgate::c
