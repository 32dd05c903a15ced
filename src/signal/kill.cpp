#include <signal.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, kill, (pid_t pid, int sig) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_kill, pid, sig));
}

}  // namespace sysgate::c
