#include <inttypes.h>

#include "src/internal/c_export.hpp"
#include "src/internal/parse_integer.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(intmax_t, strtoimax, (const char* s, char** end, int base) noexcept) {
  return internal::parse_integer<intmax_t>(s, end, base);
}

}  // namespace sysgate::c
