#include <string.h>

#include "src/internal/c_export.hpp"
#if __has_include("arch_string_pair.hpp")
#include "arch_string_pair.hpp"
#define SYSGATE_PAIR_FILTER 1
#endif
#include "src/string/two_way.hpp"

namespace sysgate::c {

// Linear time (src/string/two_way.hpp). x86_64: the vector candidate filter of
// arch_string_pair.hpp first, two-way from where its candidates turn dense. Elsewhere
// two-way from the first occurrence of the needle's first byte. The haystack's length is
// learnt as the search goes, a few KiB at a time with strnlen, so a long haystack with an
// early match is not read to its end.
SYSGATE_C_FUNCTION(char*, strstr, (const char* haystack, const char* needle) noexcept) {
  if (!needle[0]) return const_cast<char*>(haystack);
  if (!needle[1]) return strchr(haystack, needle[0]);
  auto* n = reinterpret_cast<const unsigned char*>(needle);
  size_t m = strlen(needle);
#ifdef SYSGATE_PAIR_FILTER
  auto found =
      string::scan::find_pair(reinterpret_cast<const unsigned char*>(haystack), nullptr, n, m);
  if (!found.dense) return reinterpret_cast<char*>(const_cast<unsigned char*>(found.at));
  auto* start = reinterpret_cast<const char*>(found.at);
#else
  const char* start = strchr(haystack, needle[0]);
  if (!start) return nullptr;
#endif
  size_t known = 0;  // start[0, known) holds no zero
  bool ended = false;
  auto reach = [&](size_t end) {
    while (known < end && !ended) {
      size_t want = end - known + 4096;
      size_t got = strnlen(start + known, want);
      known += got;
      ended = got < want;
    }
    return known;
  };
  auto* h = reinterpret_cast<const unsigned char*>(start);
  return reinterpret_cast<char*>(const_cast<unsigned char*>(string::two_way(h, n, m, reach)));
}

}  // namespace sysgate::c
