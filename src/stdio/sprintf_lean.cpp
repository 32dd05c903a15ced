#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/c_format.hpp"

namespace sysgate::c {

// sprintf for a literal format without %m and the rare conversions (see printf_lean.cpp). No bound:
// the caller promised the room.
SYSGATE_C_FUNCTION(int, __sprintf_lean, (char* s, const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = stdio::to_c_count(stdio::format_buffer(s, SIZE_MAX, format, args, nullptr, nullptr));
  va_end(args);
  return result;
}

}  // namespace sysgate::c
