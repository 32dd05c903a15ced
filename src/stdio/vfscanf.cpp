#include <stdarg.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file_sink.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, vfscanf, (FILE * f, const char* format, __isoc_va_list args) noexcept) {
  stdio::FileGuard guard(f);
  stdio::FileSource source(f);
  return static_cast<int>(stdio::scan(source, format, args));
}

}  // namespace sysgate::c
