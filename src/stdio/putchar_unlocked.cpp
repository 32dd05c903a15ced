#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, putchar_unlocked, (int c) noexcept) {
  return stdio::put_byte_fast(stdout, c);
}

}  // namespace sysgate::c
