#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// A negative group is EINVAL (kill(-(-g)) would signal one process); 0 is the
// caller's own group.
SYSGATE_C_FUNCTION(int, killpg, (pid_t group, int sig) noexcept) {
  if (group < 0) {
    errno = EINVAL;
    return -1;
  }
  return to_c<int>(checked_syscall<int>(SYS_kill, -group, sig));
}

}  // namespace sysgate::c
