#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file_sink.hpp"

namespace sysgate::c {

// fprintf for a literal format without an 'm' (see printf_no_m.cpp).
SYSGATE_C_FUNCTION(int, __fprintf_no_m, (FILE * f, const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = stdio::print_to_file(f, format, args, nullptr);
  va_end(args);
  return result;
}

}  // namespace sysgate::c
