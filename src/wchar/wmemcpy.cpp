#include <string.h>
#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(wchar_t*, wmemcpy,
                   (wchar_t* __restrict d, const wchar_t* __restrict s, size_t n) noexcept) {
  return static_cast<wchar_t*>(memcpy(d, s, n * sizeof(wchar_t)));
}

}  // namespace sysgate::c
