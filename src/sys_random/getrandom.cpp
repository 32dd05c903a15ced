#include <sys/random.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, getrandom, (void* buf, size_t length, unsigned flags) noexcept) {
  return to_c<ssize_t>(checked_syscall<ssize_t>(SYS_getrandom, buf, length, flags));
}

}  // namespace sysgate::c
