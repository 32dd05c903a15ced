#include <string.h>

#include "src/internal/c_export.hpp"
#if __has_include("arch_string_scan.hpp")
#include "arch_string_scan.hpp"
#define SYSGATE_STRING_SCAN 1
#endif
#include "src/string/word.hpp"

namespace sysgate::c {

// memchr without a bound: the caller promises c is there.
SYSGATE_C_FUNCTION(void*, rawmemchr, (const void* s, int c) noexcept) {
#ifdef SYSGATE_STRING_SCAN
  using namespace sysgate::string::scan;
  return static_cast<unsigned char*>(const_cast<void*>(s)) +
         find(s, Equal{static_cast<unsigned char>(c)});
#else
  using namespace sysgate::string;
  const unsigned char* p = align_down(s);
  const Block want = splat(static_cast<unsigned char>(c));
  size_t skip = static_cast<const unsigned char*>(s) - p;
  if (Mask m = match(p, want, skip)) return const_cast<unsigned char*>(p + skip + first(m));
  for (;;) {
    p += kBlock;
    if (Mask m = match(p, want)) return const_cast<unsigned char*>(p + first(m));
  }
#endif
}

}  // namespace sysgate::c
