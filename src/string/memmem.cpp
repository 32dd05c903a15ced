#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/two_way.hpp"

namespace sysgate::c {

// Linear time (src/string/two_way.hpp). A one-byte needle is memchr; otherwise the
// search starts at the first occurrence of the needle's first byte.
SYSGATE_C_FUNCTION(void*, memmem,
                   (const void* haystack, size_t haystack_len, const void* needle,
                    size_t needle_len) noexcept) {
  auto* h = static_cast<const unsigned char*>(haystack);
  auto* n = static_cast<const unsigned char*>(needle);
  if (needle_len == 0) return const_cast<unsigned char*>(h);
  if (haystack_len < needle_len) return nullptr;
  auto* start = static_cast<const unsigned char*>(memchr(h, n[0], haystack_len - needle_len + 1));
  if (!start || needle_len == 1) return const_cast<unsigned char*>(start);
  size_t len = haystack_len - (start - h);
  return const_cast<unsigned char*>(
      string::two_way(start, n, needle_len, [len](size_t) { return len; }));
}

}  // namespace sysgate::c
