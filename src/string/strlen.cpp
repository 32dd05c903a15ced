#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(size_t, strlen, (const char* s) noexcept) {
  const char* p = s;
  while (*p) ++p;
  return static_cast<size_t>(p - s);
}

}  // namespace sysgate::c
