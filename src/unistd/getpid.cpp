#include <unistd.h>

#include "src/internal/c_export.hpp"
#include <sysgate/unistd.hpp>

namespace sysgate::c {

// Cannot fail.
SYSGATE_C_FUNCTION(pid_t, getpid, () noexcept) { return sysgate::getpid(); }

}  // namespace sysgate::c
