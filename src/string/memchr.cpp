#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/word.hpp"

namespace sysgate::c {

// Aligned blocks, as strlen; a match at or past n is none (the lowest match is exact).
SYSGATE_C_FUNCTION(void*, memchr, (const void* s, int c, size_t n) noexcept) {
  using namespace sysgate::string;
  if (n == 0) return nullptr;
  auto* start = static_cast<const unsigned char*>(s);
  const unsigned char* p = align_down(s);
  const Block want = splat(static_cast<unsigned char>(c));
  size_t skip = start - p;
  size_t left = n;  // bytes from the block's first string byte to the end
  if (Mask m = match(p, want, skip)) {
    size_t i = first(m);
    return i < left ? const_cast<unsigned char*>(start + i) : nullptr;
  }
  if (left <= kBlock - skip) return nullptr;
  left -= kBlock - skip;
  for (;;) {
    p += kBlock;
    if (Mask m = match(p, want)) {
      size_t i = first(m);
      return i < left ? const_cast<unsigned char*>(p + i) : nullptr;
    }
    if (left <= kBlock) return nullptr;
    left -= kBlock;
  }
}

}  // namespace sysgate::c
