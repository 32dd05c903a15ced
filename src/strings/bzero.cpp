#include <string.h>
#include <strings.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, bzero, (void* s, size_t n) noexcept) { memset(s, 0, n); }

}  // namespace sysgate::c
