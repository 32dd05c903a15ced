#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, strncpy,
                   (char* __restrict dest, const char* __restrict src, size_t n) noexcept) {
  stpncpy(dest, src, n);
  return dest;
}

}  // namespace sysgate::c
