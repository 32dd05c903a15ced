#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// EOF pushes nothing; at least 8 bytes may be pushed back in a row. Clears feof.
SYSGATE_C_FUNCTION(int, ungetc, (int c, FILE* f) noexcept) {
  stdio::FileGuard guard(f);
  return stdio::unget_byte(f, c);
}

}  // namespace sysgate::c
