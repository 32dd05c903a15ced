#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, isalnum, (int c) noexcept) { return isalpha(c) || isdigit(c); }

}  // namespace sysgate::c
