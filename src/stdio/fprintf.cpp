#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file_sink.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fprintf, (FILE * f, const char* format, ...) noexcept) {
  va_list args;
  va_start(args, format);
  int result = stdio::print_to_file(f, format, args, stdio::errno_text);
  va_end(args);
  return result;
}

}  // namespace sysgate::c
