#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/float_parse.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(float, strtof, (const char* s, char** end) noexcept) {
  return internal::string_to_float<float>(s, end, errno);
}

}  // namespace sysgate::c
