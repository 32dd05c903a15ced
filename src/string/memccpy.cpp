#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Copies up to and including the first c; returns the byte after it, or NULL.
SYSGATE_C_FUNCTION(void*, memccpy,
                   (void* __restrict dest, const void* __restrict src, int c, size_t n) noexcept) {
  auto* stop = static_cast<const unsigned char*>(memchr(src, c, n));
  if (!stop) {
    memcpy(dest, src, n);
    return nullptr;
  }
  size_t len = stop - static_cast<const unsigned char*>(src) + 1;
  return static_cast<unsigned char*>(memcpy(dest, src, len)) + len;
}

}  // namespace sysgate::c
