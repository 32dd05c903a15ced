// posix_spawn and posix_spawnp's common body.
#pragma once
#include <spawn.h>

namespace sysgate::spawn {

// 0 or an error number: fork's, or the child's before or at its execve.
int spawn(pid_t* pid, const char* path, const posix_spawn_file_actions_t* actions,
          const posix_spawnattr_t* attr, char* const argv[], char* const envp[],
          bool search_path) noexcept;

}  // namespace sysgate::spawn
