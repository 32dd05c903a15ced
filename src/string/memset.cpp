#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void*, memset, (void* dest, int c, size_t n) noexcept) {
  auto* d = static_cast<unsigned char*>(dest);
  while (n--) *d++ = static_cast<unsigned char>(c);
  return dest;
}

}  // namespace sysgate::c
