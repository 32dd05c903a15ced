#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// glibc 2.38 semantics: always strlen(src); dest untouched when size is 0.
SYSGATE_C_FUNCTION(size_t, strlcpy,
                   (char* __restrict dest, const char* __restrict src, size_t size) noexcept) {
  size_t len = strlen(src);
  if (size) {
    size_t copy = len < size ? len : size - 1;
    memcpy(dest, src, copy);
    dest[copy] = 0;
  }
  return len;
}

}  // namespace sysgate::c
