#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, isblank, (int c) noexcept) { return c == ' ' || c == '\t'; }

}  // namespace sysgate::c
