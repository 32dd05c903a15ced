#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// C locale; quadratic in the worst case.
SYSGATE_C_FUNCTION(char*, strcasestr, (const char* haystack, const char* needle) noexcept) {
  size_t n = strlen(needle);
  for (const char* p = haystack;; ++p) {
    if (!strncasecmp(p, needle, n)) return const_cast<char*>(p);
    if (!*p) return nullptr;
  }
}

}  // namespace sysgate::c
