#include <stdlib.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"
#include "src/internal/exit_handlers.hpp"
#include "src/startup/init_fini.hpp"

namespace sysgate::c {

// As glibc: atexit and C++ destructor registrations (newest first), then the
// .fini_array, then the kernel.
SYSGATE_C_FUNCTION(void, exit, (int status) noexcept) {
  internal::run_exit_handlers();
  startup::run_fini_array();
  _exit(status);
}

}  // namespace sysgate::c
