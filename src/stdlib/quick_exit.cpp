#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/quick_exit_handlers.hpp"

namespace sysgate::c {

// Runs the at_quick_exit handlers, newest first, then _Exit: no atexit handlers, no
// destructors, no fini arrays, no stdio flush.
SYSGATE_C_FUNCTION(void, quick_exit, (int status) noexcept) {
  for (;;) {
    void (*function)();
    {
      internal::LockGuard guard(stdlib::quick_exit_lock);
      auto& h = stdlib::quick_exit_handlers;
      if (h.count == 0) break;
      function = h.functions[--h.count];
    }
    function();
  }
  _Exit(status);
}

}  // namespace sysgate::c
