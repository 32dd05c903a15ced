#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// The terminating L'\0' is part of the string: wcschr(s, 0) finds it.
SYSGATE_C_FUNCTION(wchar_t*, wcschr, (const wchar_t* s, wchar_t c) noexcept) {
  for (;; ++s) {
    if (*s == c) return const_cast<wchar_t*>(s);
    if (!*s) return nullptr;
  }
}

}  // namespace sysgate::c
