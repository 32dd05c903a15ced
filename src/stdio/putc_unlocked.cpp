#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, putc_unlocked, (int c, FILE* f) noexcept) {
  return stdio::put_byte_fast(f, c);
}

}  // namespace sysgate::c
