#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Two fast passes (strlen, memcpy) beat one byte loop beyond a few bytes.
SYSGATE_C_FUNCTION(char*, stpcpy, (char* __restrict dest, const char* __restrict src) noexcept) {
  size_t n = strlen(src);
  memcpy(dest, src, n + 1);
  return dest + n;
}

}  // namespace sysgate::c
