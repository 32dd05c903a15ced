#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void*, mempcpy,
                   (void* __restrict dest, const void* __restrict src, size_t n) noexcept) {
  return static_cast<unsigned char*>(memcpy(dest, src, n)) + n;
}

}  // namespace sysgate::c
