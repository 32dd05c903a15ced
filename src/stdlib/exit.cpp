#include <stdlib.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"
#include "src/internal/exit_handlers.hpp"
#include "src/startup/init_fini.hpp"

// stdio's flush of every stream (src/stdio/file_list.cpp), referred to weakly: the
// object that defines it is linked only with the streams it flushes, so a program
// that never uses stdio links none of it.
namespace sysgate::stdio {
[[gnu::weak]] void flush_at_exit() noexcept;
}

namespace sysgate::c {

// As glibc: atexit and C++ destructor registrations (newest first), then the
// .fini_array, then stdio's buffers, then the kernel.
SYSGATE_C_FUNCTION(void, exit, (int status) noexcept) {
  if (internal::run_exit_handlers) internal::run_exit_handlers();
  startup::run_fini_array();
  if (stdio::flush_at_exit) stdio::flush_at_exit();
  _exit(status);
}

}  // namespace sysgate::c
