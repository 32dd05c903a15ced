#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/unistd/id_syscalls.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, setuid, (uid_t uid) noexcept) {
  return to_c<int>(checked_syscall<int>(ids::sys_setuid, uid));
}

}  // namespace sysgate::c
