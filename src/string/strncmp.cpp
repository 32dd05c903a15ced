#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, strncmp, (const char* a, const char* b, size_t n) noexcept) {
  for (; n; --n, ++a, ++b) {
    if (*a != *b) return static_cast<unsigned char>(*a) - static_cast<unsigned char>(*b);
    if (!*a) return 0;
  }
  return 0;
}

}  // namespace sysgate::c
