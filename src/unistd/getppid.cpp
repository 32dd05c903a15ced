#include <unistd.h>

#include "src/internal/c_export.hpp"
#include <sysgate/unistd.hpp>

namespace sysgate::c {

// Cannot fail.
SYSGATE_C_FUNCTION(pid_t, getppid, () noexcept) { return sysgate::getppid(); }

}  // namespace sysgate::c
