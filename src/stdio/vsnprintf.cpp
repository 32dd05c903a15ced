#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/c_format.hpp"

namespace sysgate::c {

// The count is that of the whole output, however much of it fitted.
SYSGATE_C_FUNCTION(int, vsnprintf,
                   (char* s, size_t n, const char* format, __isoc_va_list args) noexcept) {
  return stdio::to_c_count(stdio::format_buffer(s, n, format, args, stdio::errno_text));
}

}  // namespace sysgate::c
