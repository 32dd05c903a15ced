#include <stdlib.h>
#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// A NUL-terminated UTF-8 string to wide characters: at most n stored at dst (the NUL
// too if there is room), the count converted without the NUL, or (size_t)-1 with
// EILSEQ at an invalid sequence. dst NULL: the count the whole string needs, n ignored.
SYSGATE_C_FUNCTION(size_t, mbstowcs,
                   (wchar_t* __restrict dst, const char* __restrict src, size_t n) noexcept) {
  mbstate_t state{};
  size_t count = 0;
  for (;;) {
    if (dst && count == n) return count;
    wchar_t wc;
    // 4 bytes at most: mbrtowc stops at the first byte that cannot continue the
    // sequence, so it never reads past the terminating NUL.
    size_t used = mbrtowc(&wc, src, 4, &state);
    if (used == static_cast<size_t>(-1)) return used;
    if (dst) dst[count] = wc;
    if (used == 0) return count;
    ++count;
    src += used;
  }
}

}  // namespace sysgate::c
