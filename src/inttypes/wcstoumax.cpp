#include <inttypes.h>

#include "src/internal/c_export.hpp"
#include "src/internal/parse_integer.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(uintmax_t, wcstoumax, (const wchar_t* s, wchar_t** end, int base) noexcept) {
  return internal::parse_integer<uintmax_t>(s, end, base);
}

}  // namespace sysgate::c
