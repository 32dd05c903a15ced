#include <stdlib.h>
#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, strndup, (const char* s, size_t n) noexcept) {
  size_t len = strnlen(s, n);
  auto* copy = static_cast<char*>(malloc(len + 1));
  if (!copy) return nullptr;
  memcpy(copy, s, len);
  copy[len] = 0;
  return copy;
}

}  // namespace sysgate::c
