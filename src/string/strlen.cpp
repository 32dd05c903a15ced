#include <string.h>

#include "src/internal/c_export.hpp"
#if __has_include("arch_string_scan.hpp")
#include "arch_string_scan.hpp"
#define SYSGATE_STRING_SCAN 1
#endif
#include "src/string/word.hpp"

namespace sysgate::c {

// x86_64: the SSE2/AVX2 kernel of arch_string_scan.hpp. Elsewhere, aligned words: the first load
// starts below s (same page), so no load crosses into a page the string does not reach. At each
// 4-block boundary one test covers four blocks; when it hits, the blocks are looked at one by one.
SYSGATE_C_FUNCTION(size_t, strlen, (const char* s) noexcept) {
#ifdef SYSGATE_STRING_SCAN
  return string::scan::find(s, string::scan::Zero{});
#else
  using namespace sysgate::string;
  auto* start = reinterpret_cast<const unsigned char*>(s);
  const unsigned char* p = align_down(s);
  const Block zero = splat(0);
  if (Mask m = match(p, zero, start - p)) return first(m);
  for (p += kBlock;; p += kBlock) {
    while (quad_aligned(p) && !any4(p, zero)) p += kQuad;
    if (Mask m = match(p, zero)) return p + first(m) - start;
  }
#endif
}

}  // namespace sysgate::c
