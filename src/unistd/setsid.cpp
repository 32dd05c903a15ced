#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(pid_t, setsid, () noexcept) {
  return to_c<pid_t>(checked_syscall<pid_t>(SYS_setsid));
}

}  // namespace sysgate::c
