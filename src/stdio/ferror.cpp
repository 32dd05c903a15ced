#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, ferror, (FILE * f) noexcept) {
  stdio::FileGuard guard(f);
  return (f->flags & stdio::kError) != 0;
}

}  // namespace sysgate::c
