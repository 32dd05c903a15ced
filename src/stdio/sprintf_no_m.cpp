#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/c_format.hpp"

namespace sysgate::c {

// sprintf for a literal format without an 'm' (see printf_no_m.cpp). No bound: the
// caller promised the room.
SYSGATE_C_FUNCTION(int, __sprintf_no_m, (char* s, const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = stdio::to_c_count(stdio::format_buffer(s, SIZE_MAX, format, args, nullptr));
  va_end(args);
  return result;
}

}  // namespace sysgate::c
