#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, putc, (int c, FILE* f) noexcept) {
  stdio::FileGuard guard(f);
  return stdio::put_byte_fast(f, c);
}

}  // namespace sysgate::c
