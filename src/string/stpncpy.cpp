#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Returns the first zero written, or dest + n when src filled all of it.
SYSGATE_C_FUNCTION(char*, stpncpy,
                   (char* __restrict dest, const char* __restrict src, size_t n) noexcept) {
  size_t len = strnlen(src, n);
  memcpy(dest, src, len);
  memset(dest + len, 0, n - len);
  return dest + len;
}

}  // namespace sysgate::c
