#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/unistd/id_syscalls.hpp"

namespace sysgate::c {

// Cannot fail.
SYSGATE_C_FUNCTION(gid_t, getegid, () noexcept) {
  return static_cast<gid_t>(syscall(ids::sys_getegid));
}

}  // namespace sysgate::c
