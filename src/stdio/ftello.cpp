#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(off_t, ftello, (FILE * f) noexcept) {
  stdio::FileGuard guard(f);
  return stdio::tell_file(f);
}

}  // namespace sysgate::c
