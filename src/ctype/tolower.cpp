#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, tolower, (int c) noexcept) { return isupper(c) ? c | 32 : c; }

}  // namespace sysgate::c
