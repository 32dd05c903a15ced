#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(wchar_t*, wcscpy, (wchar_t* __restrict d, const wchar_t* __restrict s) noexcept) {
  wchar_t* p = d;
  while ((*p++ = *s++)) {
  }
  return d;
}

}  // namespace sysgate::c
