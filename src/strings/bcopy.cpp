#include <string.h>
#include <strings.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Overlap is allowed: memmove, with the arguments the other way round.
SYSGATE_C_FUNCTION(void, bcopy, (const void* src, void* dest, size_t n) noexcept) {
  memmove(dest, src, n);
}

}  // namespace sysgate::c
