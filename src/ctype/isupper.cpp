#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, isupper, (int c) noexcept) { return static_cast<unsigned>(c) - 'A' < 26; }

}  // namespace sysgate::c
