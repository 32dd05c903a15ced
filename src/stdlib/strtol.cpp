#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/internal/parse_integer.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(long, strtol, (const char* s, char** end, int base) noexcept) {
  return internal::parse_integer<long>(s, end, base);
}

}  // namespace sysgate::c
