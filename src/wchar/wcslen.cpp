#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(size_t, wcslen, (const wchar_t* s) noexcept) {
  const wchar_t* p = s;
  while (*p) ++p;
  return static_cast<size_t>(p - s);
}

}  // namespace sysgate::c
