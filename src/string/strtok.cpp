#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Not thread-safe, as the standard allows: strtok_r is.
SYSGATE_C_FUNCTION(char*, strtok, (char* __restrict s, const char* __restrict delim) noexcept) {
  static char* save;
  return strtok_r(s, delim, &save);
}

}  // namespace sysgate::c
