#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/c_format.hpp"

namespace sysgate::c {

// The count is that of the whole output, however much of it fitted.
SYSGATE_C_FUNCTION(int, vsnprintf,
                   (char* s, size_t n, const char* format, __isoc_va_list args) noexcept) {
  stdio::BufferSink sink(s, n);
  sink.errno_text = stdio::errno_text;
  long result = stdio::format(sink, format, args);
  if (n) s[sink.used] = 0;
  return stdio::to_c_count(result);
}

}  // namespace sysgate::c
