#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/word.hpp"

namespace sysgate::c {

// One aligned block at a time: the first load starts below s (same page), so no load
// crosses into a page the string does not reach.
SYSGATE_C_FUNCTION(size_t, strlen, (const char* s) noexcept) {
  using namespace sysgate::string;
  const unsigned char* p = align_down(s);
  const Block zero = splat(0);
  size_t skip = reinterpret_cast<const unsigned char*>(s) - p;
  if (Mask m = match(p, zero, skip)) return first(m);
  for (;;) {
    p += kBlock;
    if (Mask m = match(p, zero)) return p + first(m) - reinterpret_cast<const unsigned char*>(s);
  }
}

}  // namespace sysgate::c
