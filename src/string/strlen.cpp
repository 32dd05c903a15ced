#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/word.hpp"

namespace sysgate::c {

// Aligned blocks: the first load starts below s (same page), so no load crosses into a
// page the string does not reach. At each 4-block boundary one test covers four blocks;
// when it hits, the blocks are looked at one by one.
SYSGATE_C_FUNCTION(size_t, strlen, (const char* s) noexcept) {
  using namespace sysgate::string;
  auto* start = reinterpret_cast<const unsigned char*>(s);
  const unsigned char* p = align_down(s);
  const Block zero = splat(0);
  if (Mask m = match(p, zero, start - p)) return first(m);
  for (p += kBlock;; p += kBlock) {
    while (quad_aligned(p) && !any4(p, zero)) p += kQuad;
    if (Mask m = match(p, zero)) return p + first(m) - start;
  }
}

}  // namespace sysgate::c
