#include <ctype.h>
#include <strings.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, strncasecmp, (const char* a, const char* b, size_t n) noexcept) {
  auto* x = reinterpret_cast<const unsigned char*>(a);
  auto* y = reinterpret_cast<const unsigned char*>(b);
  for (; n; --n, ++x, ++y) {
    int d = tolower(*x) - tolower(*y);
    if (d || !*x) return d;
  }
  return 0;
}

}  // namespace sysgate::c
