#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file_sink.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, vprintf, (const char* format, __isoc_va_list args) noexcept) {
  return stdio::print_to_file(stdout, format, args, stdio::errno_text);
}

}  // namespace sysgate::c
