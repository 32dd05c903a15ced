#include <string.h>

#include "src/internal/c_export.hpp"
#if __has_include("arch_string_pair.hpp")
#include "arch_string_pair.hpp"
#define SYSGATE_PAIR_FILTER 1
#endif
#include "src/string/two_way.hpp"

namespace sysgate::c {

// Linear time (src/string/two_way.hpp). A one-byte needle is memchr. x86_64: the vector
// candidate filter of arch_string_pair.hpp first, two-way from where its candidates turn
// dense. Elsewhere two-way from the first occurrence of the needle's first byte.
SYSGATE_C_FUNCTION(void*, memmem,
                   (const void* haystack, size_t haystack_len, const void* needle,
                    size_t needle_len) noexcept) {
  auto* h = static_cast<const unsigned char*>(haystack);
  auto* n = static_cast<const unsigned char*>(needle);
  if (needle_len == 0) return const_cast<unsigned char*>(h);
  if (haystack_len < needle_len) return nullptr;
  if (needle_len == 1) return const_cast<void*>(memchr(h, n[0], haystack_len));
#ifdef SYSGATE_PAIR_FILTER
  auto found = string::scan::find_pair(h, h + haystack_len, n, needle_len);
  if (!found.dense) return const_cast<unsigned char*>(found.at);
  const unsigned char* start = found.at;
#else
  auto* start = static_cast<const unsigned char*>(memchr(h, n[0], haystack_len - needle_len + 1));
  if (!start) return nullptr;
#endif
  size_t len = haystack_len - (start - h);
  return const_cast<unsigned char*>(
      string::two_way(start, n, needle_len, [len](size_t) { return len; }));
}

}  // namespace sysgate::c
