#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/two_way.hpp"

namespace sysgate::c {

// Linear time (src/string/two_way.hpp). The haystack's length is learnt as the search
// goes, a few KiB at a time with strnlen, so a long haystack with an early match is not
// read to its end.
SYSGATE_C_FUNCTION(char*, strstr, (const char* haystack, const char* needle) noexcept) {
  if (!needle[0]) return const_cast<char*>(haystack);
  const char* start = strchr(haystack, needle[0]);
  if (!start || !needle[1]) return const_cast<char*>(start);
  size_t m = strlen(needle);
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
  return reinterpret_cast<char*>(const_cast<unsigned char*>(
      string::two_way(h, reinterpret_cast<const unsigned char*>(needle), m, reach)));
}

}  // namespace sysgate::c
