#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, isxdigit, (int c) noexcept) {
  return isdigit(c) || (static_cast<unsigned>(c) | 32) - 'a' < 6;
}

}  // namespace sysgate::c
