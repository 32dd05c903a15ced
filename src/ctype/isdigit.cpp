#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Unsigned arithmetic: EOF and negative values wrap to huge and fail every range test.
SYSGATE_C_FUNCTION(int, isdigit, (int c) noexcept) { return static_cast<unsigned>(c) - '0' < 10; }

}  // namespace sysgate::c
