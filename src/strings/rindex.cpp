#include <string.h>
#include <strings.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, rindex, (const char* s, int c) noexcept) { return strrchr(s, c); }

}  // namespace sysgate::c
