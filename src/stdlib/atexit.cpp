#include <stdlib.h>

#include "c_export.hpp"
#include "exit_handlers.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, atexit, (void (*function)(void)) noexcept) {
  return stdlib::add_exit_handler(function) ? 0 : -1;
}

}  // namespace sysgate::c
