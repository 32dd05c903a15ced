#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/float_parse.hpp"

namespace sysgate::c {

// As glibc: strtod(s, NULL), errno included.
SYSGATE_C_FUNCTION(double, atof, (const char* s) noexcept) {
  return internal::string_to_float<double>(s, nullptr, errno);
}

}  // namespace sysgate::c
