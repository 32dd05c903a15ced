#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/scan.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, vsscanf,
                   (const char* s, const char* format, __isoc_va_list args) noexcept) {
  stdio::StringSource source(s);
  return static_cast<int>(stdio::scan(source, format, args));
}

}  // namespace sysgate::c
