#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, rewind, (FILE * f) noexcept) {
  stdio::FileGuard guard(f);
  stdio::seek_file(f, 0, SEEK_SET);
  f->flags &= ~stdio::kError;
}

}  // namespace sysgate::c
