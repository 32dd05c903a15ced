#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, strncat,
                   (char* __restrict dest, const char* __restrict src, size_t n) noexcept) {
  char* end = dest + strlen(dest);
  size_t len = strnlen(src, n);
  memcpy(end, src, len);
  end[len] = 0;
  return dest;
}

}  // namespace sysgate::c
