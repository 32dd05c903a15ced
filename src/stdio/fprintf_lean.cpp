#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file_sink.hpp"

namespace sysgate::c {

// fprintf for a literal format without %m and the rare conversions (see printf_lean.cpp).
SYSGATE_C_FUNCTION(int, __fprintf_lean, (FILE * f, const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = stdio::print_to_file(f, format, args, nullptr, nullptr);
  va_end(args);
  return result;
}

}  // namespace sysgate::c
