#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file_sink.hpp"

namespace sysgate::c {

// printf for a literal format that names none of %m, %n$, %a, %lc, %ls (<stdio.h>
// picks it): no strerror texts nor the engine's rare conversions (kExtras) linked.
SYSGATE_C_FUNCTION(int, __printf_lean, (const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = stdio::print_to_file(stdout, format, args, nullptr, nullptr);
  va_end(args);
  return result;
}

}  // namespace sysgate::c
