#include <string.h>
#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(wchar_t*, wmemmove, (wchar_t* d, const wchar_t* s, size_t n) noexcept) {
  return static_cast<wchar_t*>(memmove(d, s, n * sizeof(wchar_t)));
}

}  // namespace sysgate::c
