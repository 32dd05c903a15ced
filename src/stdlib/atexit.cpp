#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/internal/exit_handlers.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, atexit, (void (*function)(void)) noexcept) {
  return internal::add_exit_handler(function) ? 0 : -1;
}

}  // namespace sysgate::c
