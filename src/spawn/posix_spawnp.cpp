#include <spawn.h>

#include "src/internal/c_export.hpp"
#include "src/spawn/spawn.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, posix_spawnp,
                   (pid_t* __restrict pid, const char* __restrict file,
                    const posix_spawn_file_actions_t* actions,
                    const posix_spawnattr_t* __restrict attr, char* const argv[],
                    char* const envp[]) noexcept) {
  return spawn::spawn(pid, file, actions, attr, argv, envp, true);
}

}  // namespace sysgate::c
