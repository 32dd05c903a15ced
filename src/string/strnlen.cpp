#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(size_t, strnlen, (const char* s, size_t n) noexcept) {
  auto* end = static_cast<const char*>(memchr(s, 0, n));
  return end ? static_cast<size_t>(end - s) : n;
}

}  // namespace sysgate::c
