#include <stdint.h>
#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void*, memmove, (void* dest, const void* src, size_t n) noexcept) {
  auto* d = static_cast<unsigned char*>(dest);
  auto* s = static_cast<const unsigned char*>(src);
  if (reinterpret_cast<uintptr_t>(d) - reinterpret_cast<uintptr_t>(s) >= n) {
    while (n--) *d++ = *s++;  // no overlap, or dest below src: forwards is safe
  } else {
    while (n--) d[n] = s[n];
  }
  return dest;
}

}  // namespace sysgate::c
