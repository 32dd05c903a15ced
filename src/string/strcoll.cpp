#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// C locale only: collation is byte order.
SYSGATE_C_FUNCTION(int, strcoll, (const char* a, const char* b) noexcept) { return strcmp(a, b); }

}  // namespace sysgate::c
