#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fsetpos, (FILE * f, const fpos_t* position) noexcept) {
  stdio::FileGuard guard(f);
  return stdio::seek_file(f, position->__position, SEEK_SET);
}

}  // namespace sysgate::c
