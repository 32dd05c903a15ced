#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, sprintf, (char* s, const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = vsprintf(s, format, args);
  va_end(args);
  return result;
}

}  // namespace sysgate::c
