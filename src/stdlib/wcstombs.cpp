#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// A NUL-terminated wide string to UTF-8: at most n bytes stored at dst, never part of
// a character (the NUL too if there is room), the byte count without the NUL, or
// (size_t)-1 with EILSEQ at a surrogate or a value above U+10FFFF. dst NULL: the bytes
// the whole string needs, n ignored.
SYSGATE_C_FUNCTION(size_t, wcstombs,
                   (char* __restrict dst, const wchar_t* __restrict src, size_t n) noexcept) {
  size_t total = 0;
  for (;; ++src) {
    if (*src == 0) {
      if (dst && total < n) dst[total] = 0;
      return total;
    }
    char bytes[4];
    bool direct = dst && n - total >= sizeof bytes;
    size_t length = wcrtomb(direct ? dst + total : bytes, *src, nullptr);
    if (length == static_cast<size_t>(-1)) return length;
    if (dst && !direct) {
      if (length > n - total) return total;
      memcpy(dst + total, bytes, length);
    }
    total += length;
  }
}

}  // namespace sysgate::c
