#include <spawn.h>

#include "src/internal/c_export.hpp"
#include "src/spawn/spawn_action.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawn_file_actions_addclose,
                   (posix_spawn_file_actions_t * actions, int fd) noexcept) {
  if (!spawn::fd_is_valid(fd)) return EBADF;
  __spawn_action* a = spawn::add(actions);
  if (!a) return ENOMEM;
  *a = {__spawn_action::close, fd, 0, nullptr, 0, 0};
  return 0;
}

}  // namespace sysgate::c
