#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, isascii, (int c) noexcept) { return !(c & ~0x7f); }

}  // namespace sysgate::c
