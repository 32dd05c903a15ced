#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fgetpos, (FILE * f, fpos_t* position) noexcept) {
  stdio::FileGuard guard(f);
  long long where = stdio::tell_file(f);
  if (where < 0) return -1;
  position->__position = where;
  position->__state = 0;
  return 0;
}

}  // namespace sysgate::c
