#include <sys/resource.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, setpriority, (int which, id_t who, int priority) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_setpriority, which, who, priority));
}

}  // namespace sysgate::c
