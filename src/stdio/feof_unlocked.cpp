#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, feof_unlocked, (FILE * f) noexcept) {
  return (f->flags & stdio::kEof) != 0;
}

}  // namespace sysgate::c
