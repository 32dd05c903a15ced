#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Space and \t \n \v \f \r (9..13).
SYSGATE_C_FUNCTION(int, isspace, (int c) noexcept) {
  return c == ' ' || static_cast<unsigned>(c) - '\t' < 5;
}

}  // namespace sysgate::c
