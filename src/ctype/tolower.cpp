#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// glibc's tables also cover -128..-2 (a signed char passed unconverted), mapping them as
// the unsigned byte they came from: 128..255, unchanged in the C locale. EOF stays EOF.
SYSGATE_C_FUNCTION(int, tolower, (int c) noexcept) {
  if (c >= -128 && c < -1) return c & 0xff;
  return isupper(c) ? c | 32 : c;
}

}  // namespace sysgate::c
