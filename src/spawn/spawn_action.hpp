// One file action of a posix_spawn_file_actions_t (the array its __actions points to,
// __used of __allocated in use, grown with realloc).
#pragma once
#include <errno.h>
#include <spawn.h>
#include <stdlib.h>

struct __spawn_action {
  enum Kind { open, close, dup2, chdir } kind;
  int fd;
  int new_fd;   // dup2's target
  char* path;   // open's and chdir's, owned (strdup)
  int flags;    // open's
  mode_t mode;  // open's
};

namespace sysgate::spawn {

// A new slot at the end, or nullptr (ENOMEM).
inline __spawn_action* add(posix_spawn_file_actions_t* actions) noexcept {
  if (actions->__used == actions->__allocated) {
    int count = actions->__allocated ? 2 * actions->__allocated : 8;
    void* grown = realloc(actions->__actions, count * sizeof(__spawn_action));
    if (!grown) return nullptr;
    actions->__actions = static_cast<__spawn_action*>(grown);
    actions->__allocated = count;
  }
  return &actions->__actions[actions->__used++];
}

// glibc's check of a descriptor argument: EBADF when negative or past RLIMIT_NOFILE.
bool fd_is_valid(int fd) noexcept;

}  // namespace sysgate::spawn
