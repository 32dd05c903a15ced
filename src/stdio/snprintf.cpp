#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, snprintf, (char* s, size_t n, const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = vsnprintf(s, n, format, args);
  va_end(args);
  return result;
}

}  // namespace sysgate::c
