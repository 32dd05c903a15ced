#include <stdlib.h>
#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// One UTF-8 character to a wide one: its length (0 for NUL), -1 if the n bytes hold no
// whole valid one (errno EILSEQ for an invalid one, unchanged for a cut one, as
// glibc). Unlike glibc's, a cut character's bytes are not kept for the next call: each
// call starts afresh. UTF-8 has no shift states: mbtowc(w, NULL, n) is 0.
SYSGATE_C_FUNCTION(int, mbtowc, (wchar_t* __restrict wc, const char* __restrict s, size_t n) noexcept) {
  if (!s) return 0;
  mbstate_t state{};
  size_t length = mbrtowc(wc, s, n, &state);
  return length == static_cast<size_t>(-2) ? -1 : static_cast<int>(length);
}

}  // namespace sysgate::c
