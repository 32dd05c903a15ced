#include <unistd.h>

#include <sysgate/unistd.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Ends every thread at once, running nothing: no atexit, no fini arrays.
SYSGATE_C_FUNCTION(void, _exit, (int status) noexcept) { sysgate::exit_group(status); }

}  // namespace sysgate::c
