#include <stdlib.h>
#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, strdup, (const char* s) noexcept) {
  size_t n = strlen(s) + 1;
  auto* copy = static_cast<char*>(malloc(n));
  return copy ? static_cast<char*>(memcpy(copy, s, n)) : nullptr;
}

}  // namespace sysgate::c
