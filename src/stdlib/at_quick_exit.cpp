#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/quick_exit_handlers.hpp"

namespace sysgate::stdlib {

QuickExitHandlers quick_exit_handlers;
internal::Lock quick_exit_lock;

}  // namespace sysgate::stdlib

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, at_quick_exit, (void (*function)(void)) noexcept) {
  internal::LockGuard guard(stdlib::quick_exit_lock);
  auto& h = stdlib::quick_exit_handlers;
  if (h.count == h.capacity) return -1;
  h.functions[h.count++] = function;
  return 0;
}

}  // namespace sysgate::c
