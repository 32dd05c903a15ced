#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/float_parse.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(long double, strtold, (const char* s, char** end) noexcept) {
  return internal::string_to_float<long double>(s, end, errno);
}

}  // namespace sysgate::c
