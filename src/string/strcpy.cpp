#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, strcpy, (char* __restrict dest, const char* __restrict src) noexcept) {
  stpcpy(dest, src);
  return dest;
}

}  // namespace sysgate::c
