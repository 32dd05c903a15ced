#include <strings.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, ffsll, (long long i) noexcept) { return __builtin_ffsll(i); }

}  // namespace sysgate::c
