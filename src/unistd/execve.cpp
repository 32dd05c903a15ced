#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, execve, (const char* path, char* const argv[], char* const envp[]) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_execve, path, argv, envp));
}

}  // namespace sysgate::c
