#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/unistd/id_syscalls.hpp"

namespace sysgate::c {

// The effective id alone; -1 (which the kernel reads as "unchanged") is EINVAL, as glibc.
SYSGATE_C_FUNCTION(int, setegid, (gid_t id) noexcept) {
  if (id == static_cast<gid_t>(-1)) {
    errno = EINVAL;
    return -1;
  }
  return to_c<int>(checked_syscall<int>(ids::sys_setresgid, -1, id, -1));
}

}  // namespace sysgate::c
