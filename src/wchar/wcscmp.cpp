#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, wcscmp, (const wchar_t* a, const wchar_t* b) noexcept) {
  while (*a && *a == *b) ++a, ++b;
  return *a == *b ? 0 : *a < *b ? -1 : 1;
}

}  // namespace sysgate::c
