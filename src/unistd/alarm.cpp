#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Cannot fail: the seconds left of the previous alarm, or 0.
SYSGATE_C_FUNCTION(unsigned, alarm, (unsigned seconds) noexcept) {
  return static_cast<unsigned>(syscall(SYS_alarm, seconds));
}

}  // namespace sysgate::c
