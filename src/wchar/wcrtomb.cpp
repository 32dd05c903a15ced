#include <errno.h>
#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// One wide character as UTF-8 (1 to 4 bytes); surrogates and values above U+10FFFF
// are EILSEQ. UTF-8 has no shift states, so the state is only checked for NULL's
// sake: wcrtomb(NULL, ...) is wcrtomb(buffer, L'\0', ...), 1 byte.
SYSGATE_C_FUNCTION(size_t, wcrtomb,
                   (char* __restrict s, wchar_t wc, mbstate_t* __restrict) noexcept) {
  if (!s) return 1;
  auto c = static_cast<unsigned>(wc);
  auto* out = reinterpret_cast<unsigned char*>(s);
  if (c < 0x80) {
    out[0] = static_cast<unsigned char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<unsigned char>(0xc0 | c >> 6);
    out[1] = static_cast<unsigned char>(0x80 | (c & 0x3f));
    return 2;
  }
  if (c < 0x10000) {
    if (c >= 0xd800 && c <= 0xdfff) {
      errno = EILSEQ;
      return static_cast<size_t>(-1);
    }
    out[0] = static_cast<unsigned char>(0xe0 | c >> 12);
    out[1] = static_cast<unsigned char>(0x80 | (c >> 6 & 0x3f));
    out[2] = static_cast<unsigned char>(0x80 | (c & 0x3f));
    return 3;
  }
  if (c < 0x110000) {
    out[0] = static_cast<unsigned char>(0xf0 | c >> 18);
    out[1] = static_cast<unsigned char>(0x80 | (c >> 12 & 0x3f));
    out[2] = static_cast<unsigned char>(0x80 | (c >> 6 & 0x3f));
    out[3] = static_cast<unsigned char>(0x80 | (c & 0x3f));
    return 4;
  }
  errno = EILSEQ;
  return static_cast<size_t>(-1);
}

}  // namespace sysgate::c
