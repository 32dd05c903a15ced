#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Quadratic in the worst case (no two-way algorithm yet), linear in the common one.
SYSGATE_C_FUNCTION(void*, memmem,
                   (const void* haystack, size_t haystack_len, const void* needle,
                    size_t needle_len) noexcept) {
  auto* h = static_cast<const unsigned char*>(haystack);
  auto* n = static_cast<const unsigned char*>(needle);
  if (needle_len == 0) return const_cast<unsigned char*>(h);
  if (haystack_len < needle_len) return nullptr;
  const unsigned char* last = h + (haystack_len - needle_len);
  // memchr finds each candidate for the first byte; memcmp checks the rest.
  for (const unsigned char* p = h; p <= last; ++p) {
    p = static_cast<const unsigned char*>(memchr(p, n[0], last - p + 1));
    if (!p) return nullptr;
    if (!memcmp(p + 1, n + 1, needle_len - 1)) return const_cast<unsigned char*>(p);
  }
  return nullptr;
}

}  // namespace sysgate::c
