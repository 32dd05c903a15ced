#include <sys/eventfd.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, eventfd, (unsigned initial, int flags) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_eventfd2, initial, flags));
}

}  // namespace sysgate::c
