#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// The compiler emits calls to memcpy/memset/memmove/memcmp on its own, so these exist
// even in the smallest program. Byte loops: short, correct, and the build keeps the
// compiler from turning them back into calls to themselves.
SYSGATE_C_FUNCTION(void*, memcpy,
                   (void* __restrict dest, const void* __restrict src, size_t n) noexcept) {
  auto* d = static_cast<unsigned char*>(dest);
  auto* s = static_cast<const unsigned char*>(src);
  while (n--) *d++ = *s++;
  return dest;
}

}  // namespace sysgate::c
