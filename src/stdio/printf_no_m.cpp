#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file_sink.hpp"

namespace sysgate::c {

// printf for a literal format without an 'm' (<stdio.h> picks it): no %m to print, so
// no strerror texts linked.
SYSGATE_C_FUNCTION(int, __printf_no_m, (const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = stdio::print_to_file(stdout, format, args, nullptr);
  va_end(args);
  return result;
}

}  // namespace sysgate::c
