#include <sys/resource.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// The kernel answers 20 - nice (1..40), never negative, so errors stay apart.
SYSGATE_C_FUNCTION(int, getpriority, (int which, id_t who) noexcept) {
  Result<int> r = checked_syscall<int>(SYS_getpriority, which, who);
  if (!r.ok()) return to_c<int>(r);
  return 20 - r.value();
}

}  // namespace sysgate::c
