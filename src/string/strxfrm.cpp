#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// C locale: the transform is the identity. As glibc, a short dest gets the first n bytes
// (unterminated); the return says how much room was needed, less the zero.
SYSGATE_C_FUNCTION(size_t, strxfrm,
                   (char* __restrict dest, const char* __restrict src, size_t n) noexcept) {
  size_t len = strlen(src);
  memcpy(dest, src, len < n ? len + 1 : n);
  return len;
}

}  // namespace sysgate::c
