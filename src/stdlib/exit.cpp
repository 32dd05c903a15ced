#include <stdlib.h>

#include <sysgate/unistd.hpp>

#include "src/internal/c_export.hpp"

// What exit() runs, each defined here weakly as nothing, so that a program that needs
// none of them (exit(99)) pays a call each, not a test: atexit's handlers
// (src/internal/exit_handlers.cpp, linked with atexit and __cxa_atexit) and the
// .fini_array (src/startup/start_ctors.cpp, linked into every program that has one).
// Where that object is linked, its strong definition wins.
namespace sysgate::internal {
[[gnu::weak]] void run_exit_handlers() noexcept {}
}  // namespace sysgate::internal
extern "C" [[gnu::weak]] void sysgate_run_fini_array() noexcept {}

// stdio's flush of every stream (src/stdio/file_list.cpp), referred to weakly: the
// object that defines it is linked only with the streams it flushes, so a program
// that never uses stdio links none of it. (Not a weak definition: stdout's object
// names flush_at_exit to have it linked, which a definition here would defeat.)
namespace sysgate::stdio {
[[gnu::weak]] void flush_at_exit() noexcept;
}

namespace sysgate::c {

// As glibc: atexit and C++ destructor registrations (newest first), then the
// .fini_array, then stdio's buffers, then the kernel (as _exit, inline).
SYSGATE_C_FUNCTION(void, exit, (int status) noexcept) {
  internal::run_exit_handlers();
  sysgate_run_fini_array();
  if (stdio::flush_at_exit) stdio::flush_at_exit();
  sysgate::exit_group(status);
}

}  // namespace sysgate::c
