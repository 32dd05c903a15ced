#include <strings.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, ffsl, (long i) noexcept) { return __builtin_ffsl(i); }

}  // namespace sysgate::c
