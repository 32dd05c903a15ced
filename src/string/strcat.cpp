#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, strcat, (char* __restrict dest, const char* __restrict src) noexcept) {
  stpcpy(dest + strlen(dest), src);
  return dest;
}

}  // namespace sysgate::c
