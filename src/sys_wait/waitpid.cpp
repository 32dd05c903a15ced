#include <sys/syscall.h>
#include <sys/wait.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(pid_t, waitpid, (pid_t pid, int* status, int options) noexcept) {
  return to_c<pid_t>(checked_syscall<pid_t>(SYS_wait4, pid, status, options, nullptr));
}

}  // namespace sysgate::c
