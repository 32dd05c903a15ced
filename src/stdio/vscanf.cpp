#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file_sink.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, vscanf, (const char* format, __isoc_va_list args) noexcept) {
  return vfscanf(stdin, format, args);
}

}  // namespace sysgate::c
