#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// clang turns memcmp/strcmp results used only for (in)equality into bcmp calls.
SYSGATE_C_FUNCTION(int, bcmp, (const void* a, const void* b, size_t n) noexcept) {
  return memcmp(a, b, n);
}

}  // namespace sysgate::c
