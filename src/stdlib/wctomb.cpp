#include <stdlib.h>
#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// One wide character as UTF-8 (at most MB_CUR_MAX = 4 bytes at s): the byte count, -1
// with EILSEQ for a surrogate or a value above U+10FFFF. UTF-8 has no shift states:
// wctomb(NULL, wc) is 0.
SYSGATE_C_FUNCTION(int, wctomb, (char* s, wchar_t wc) noexcept) {
  if (!s) return 0;
  return static_cast<int>(wcrtomb(s, wc, nullptr));
}

}  // namespace sysgate::c
