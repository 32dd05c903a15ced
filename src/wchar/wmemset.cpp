#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(wchar_t*, wmemset, (wchar_t* d, wchar_t c, size_t n) noexcept) {
  for (size_t i = 0; i < n; ++i) d[i] = c;
  return d;
}

}  // namespace sysgate::c
