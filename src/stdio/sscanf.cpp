#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/scan.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, sscanf, (const char* s, const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  stdio::StringSource source(s);
  long n = stdio::scan(source, format, args);
  va_end(args);
  return static_cast<int>(n);
}

}  // namespace sysgate::c
