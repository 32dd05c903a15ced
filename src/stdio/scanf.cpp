#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file_sink.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, scanf, (const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = vfscanf(stdin, format, args);
  va_end(args);
  return result;
}

}  // namespace sysgate::c
