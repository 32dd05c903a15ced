#include <sys/stat.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(mode_t, umask, (mode_t mask) noexcept) {
  return static_cast<mode_t>(sysgate::syscall(SYS_umask, mask));
}

}  // namespace sysgate::c
