#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, ispunct, (int c) noexcept) { return isgraph(c) && !isalnum(c); }

}  // namespace sysgate::c
