#include <stdint.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// No bound: the caller promised the room.
SYSGATE_C_FUNCTION(int, vsprintf, (char* s, const char* format, __isoc_va_list args) noexcept) {
  return vsnprintf(s, SIZE_MAX, format, args);
}

}  // namespace sysgate::c
