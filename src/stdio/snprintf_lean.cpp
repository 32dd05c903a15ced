#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/c_format.hpp"

namespace sysgate::c {

// snprintf for a literal format without %m and the rare conversions (see printf_lean.cpp).
SYSGATE_C_FUNCTION(int, __snprintf_lean, (char* s, size_t n, const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = stdio::to_c_count(stdio::format_buffer(s, n, format, args, nullptr, nullptr));
  va_end(args);
  return result;
}

}  // namespace sysgate::c
