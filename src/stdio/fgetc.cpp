#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fgetc, (FILE * f) noexcept) {
  stdio::FileGuard guard(f);
  return stdio::get_byte(f);
}

}  // namespace sysgate::c
