#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, ferror_unlocked, (FILE * f) noexcept) {
  return (f->flags & stdio::kError) != 0;
}

}  // namespace sysgate::c
