#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, toupper, (int c) noexcept) { return islower(c) ? c & 0x5f : c; }

}  // namespace sysgate::c
