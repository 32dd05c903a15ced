#include <string.h>

#include "src/internal/c_export.hpp"
#if __has_include("arch_string_scan.hpp")
#include "arch_string_scan.hpp"
#define SYSGATE_STRING_SCAN 1
#endif
#include "src/string/word.hpp"

namespace sysgate::c {

// Stops at the first byte equal to c or zero; strchr and index are built on it.
SYSGATE_C_FUNCTION(char*, strchrnul, (const char* s, int c) noexcept) {
#ifdef SYSGATE_STRING_SCAN
  using namespace sysgate::string::scan;
  return const_cast<char*>(s) + find(s, EqualOrZero{static_cast<unsigned char>(c)});
#else
  using namespace sysgate::string;
  const unsigned char* p = align_down(s);
  const Block want = splat(static_cast<unsigned char>(c));
  size_t skip = reinterpret_cast<const unsigned char*>(s) - p;
  if (Mask m = match_or_zero(p, want, skip)) return const_cast<char*>(s) + first(m);
  for (;;) {
    p += kBlock;
    if (Mask m = match_or_zero(p, want))
      return reinterpret_cast<char*>(const_cast<unsigned char*>(p)) + first(m);
  }
#endif
}

}  // namespace sysgate::c
