#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, setpgid, (pid_t pid, pid_t group) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_setpgid, pid, group));
}

}  // namespace sysgate::c
