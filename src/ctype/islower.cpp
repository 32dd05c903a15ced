#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, islower, (int c) noexcept) { return static_cast<unsigned>(c) - 'a' < 26; }

}  // namespace sysgate::c
