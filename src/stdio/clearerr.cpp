#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, clearerr, (FILE * f) noexcept) {
  stdio::FileGuard guard(f);
  f->flags &= ~(stdio::kEof | stdio::kError);
}

}  // namespace sysgate::c
