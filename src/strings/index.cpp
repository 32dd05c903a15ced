#include <string.h>
#include <strings.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, index, (const char* s, int c) noexcept) { return strchr(s, c); }

}  // namespace sysgate::c
