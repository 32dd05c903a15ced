#include <strings.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, ffs, (int i) noexcept) { return __builtin_ffs(i); }

}  // namespace sysgate::c
