#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fseeko, (FILE * f, off_t offset, int whence) noexcept) {
  stdio::FileGuard guard(f);
  return stdio::seek_file(f, offset, whence);
}

}  // namespace sysgate::c
