#include <unistd.h>

#include <sysgate/unistd.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Cannot fail.
SYSGATE_C_FUNCTION(pid_t, getppid, () noexcept) { return sysgate::getppid(); }

}  // namespace sysgate::c
