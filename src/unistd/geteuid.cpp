#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/unistd/id_syscalls.hpp"

namespace sysgate::c {

// Cannot fail.
SYSGATE_C_FUNCTION(uid_t, geteuid, () noexcept) {
  return static_cast<uid_t>(syscall(ids::sys_geteuid));
}

}  // namespace sysgate::c
