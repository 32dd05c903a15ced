#include <ctype.h>
#include <strings.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// C locale: only A-Z fold.
SYSGATE_C_FUNCTION(int, strcasecmp, (const char* a, const char* b) noexcept) {
  auto* x = reinterpret_cast<const unsigned char*>(a);
  auto* y = reinterpret_cast<const unsigned char*>(b);
  for (;; ++x, ++y) {
    int d = tolower(*x) - tolower(*y);
    if (d || !*x) return d;
  }
}

}  // namespace sysgate::c
