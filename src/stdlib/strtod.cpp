#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/float_parse.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(double, strtod, (const char* s, char** end) noexcept) {
  return internal::string_to_float<double>(s, end, errno);
}

}  // namespace sysgate::c
