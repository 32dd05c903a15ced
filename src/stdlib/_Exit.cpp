#include <stdlib.h>

#include <sysgate/unistd.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// C's _exit: no handlers, no flushing.
SYSGATE_C_FUNCTION(void, _Exit, (int status) noexcept) { sysgate::exit_group(status); }

}  // namespace sysgate::c
