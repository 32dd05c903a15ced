#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// wchar_t is signed (int) here: compared as signed values, as glibc does.
SYSGATE_C_FUNCTION(int, wmemcmp, (const wchar_t* a, const wchar_t* b, size_t n) noexcept) {
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

}  // namespace sysgate::c
