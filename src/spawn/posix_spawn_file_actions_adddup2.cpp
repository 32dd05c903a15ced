#include <spawn.h>

#include "src/internal/c_export.hpp"
#include "src/spawn/spawn_action.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawn_file_actions_adddup2,
                   (posix_spawn_file_actions_t * actions, int fd, int new_fd) noexcept) {
  if (!spawn::fd_is_valid(fd) || !spawn::fd_is_valid(new_fd)) return EBADF;
  __spawn_action* a = spawn::add(actions);
  if (!a) return ENOMEM;
  *a = {__spawn_action::dup2, fd, new_fd, nullptr, 0, 0};
  return 0;
}

}  // namespace sysgate::c
