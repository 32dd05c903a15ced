#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/unistd/id_syscalls.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getgroups, (int size, gid_t list[]) noexcept) {
  return to_c<int>(checked_syscall<int>(ids::sys_getgroups, size, list));
}

}  // namespace sysgate::c
