#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/word.hpp"

namespace sysgate::c {

// memchr without a bound: the caller promises c is there.
SYSGATE_C_FUNCTION(void*, rawmemchr, (const void* s, int c) noexcept) {
  using namespace sysgate::string;
  const unsigned char* p = align_down(s);
  const Block want = splat(static_cast<unsigned char>(c));
  size_t skip = static_cast<const unsigned char*>(s) - p;
  if (Mask m = match(p, want, skip)) return const_cast<unsigned char*>(p + skip + first(m));
  for (;;) {
    p += kBlock;
    if (Mask m = match(p, want)) return const_cast<unsigned char*>(p + first(m));
  }
}

}  // namespace sysgate::c
