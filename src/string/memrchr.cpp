#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void*, memrchr, (const void* s, int c, size_t n) noexcept) {
  auto* p = static_cast<const unsigned char*>(s);
  auto b = static_cast<unsigned char>(c);
  while (n--)
    if (p[n] == b) return const_cast<unsigned char*>(p + n);
  return nullptr;
}

}  // namespace sysgate::c
