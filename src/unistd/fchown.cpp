#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fchown, (int fd, uid_t owner, gid_t group) noexcept) {
  return to_c<int>(checked_syscall<int>(arch::sys_fchown, fd, owner, group));
}

}  // namespace sysgate::c
