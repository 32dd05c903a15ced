#include <stdint.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#if __has_include("arch_string_scan.hpp")
#include "arch_string_scan.hpp"
#define SYSGATE_STRING_SCAN 1
#endif
#include "src/string/word.hpp"

namespace sysgate::c {

// x86_64: the SSE2/AVX2 kernel of arch_string_scan.hpp (strnlen is built on this). Elsewhere,
// aligned words, as strlen; four at a time while all four lie before the end. A match at or past
// the end is none (the lowest match in a block is exact).
SYSGATE_C_FUNCTION(void*, memchr, (const void* s, int c, size_t n) noexcept) {
  if (n == 0) return nullptr;
#ifdef SYSGATE_STRING_SCAN
  using namespace sysgate::string::scan;
  return const_cast<unsigned char*>(find(s, n, Equal{static_cast<unsigned char>(c)}));
#else
  using namespace sysgate::string;
  auto* start = static_cast<const unsigned char*>(s);
  // memchr(s, c, SIZE_MAX) is a common "no bound": keep the end from wrapping.
  size_t room = UINTPTR_MAX - reinterpret_cast<uintptr_t>(start);
  const unsigned char* end = start + (n < room ? n : room);
  const unsigned char* p = align_down(s);
  const Block want = splat(static_cast<unsigned char>(c));
  if (Mask m = match(p, want, start - p)) {
    const unsigned char* hit = start + first(m);
    return hit < end ? const_cast<unsigned char*>(hit) : nullptr;
  }
  for (p += kBlock; p < end; p += kBlock) {
    while (quad_aligned(p) && static_cast<size_t>(end - p) >= kQuad && !any4(p, want)) p += kQuad;
    if (p >= end) break;  // the block at end may be on an unmapped page
    if (Mask m = match(p, want)) {
      const unsigned char* hit = p + first(m);
      return hit < end ? const_cast<unsigned char*>(hit) : nullptr;
    }
  }
  return nullptr;
#endif
}

}  // namespace sysgate::c
