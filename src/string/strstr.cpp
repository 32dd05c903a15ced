#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Quadratic in the worst case (no two-way algorithm yet), linear in the common one.
SYSGATE_C_FUNCTION(char*, strstr, (const char* haystack, const char* needle) noexcept) {
  if (!needle[0]) return const_cast<char*>(haystack);
  size_t n = strlen(needle);
  // Each candidate first byte by strchr, then the rest compared; strncmp stops at the
  // haystack's end, so no byte past it is read.
  for (const char* p = haystack; (p = strchr(p, needle[0])); ++p)
    if (!strncmp(p + 1, needle + 1, n - 1)) return const_cast<char*>(p);
  return nullptr;
}

}  // namespace sysgate::c
