#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/unistd/id_syscalls.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, setgid, (gid_t gid) noexcept) {
  return to_c<int>(checked_syscall<int>(ids::sys_setgid, gid));
}

}  // namespace sysgate::c
