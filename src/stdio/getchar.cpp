#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getchar, () noexcept) {
  stdio::FileGuard guard(stdin);
  return stdio::get_byte(stdin);
}

}  // namespace sysgate::c
