#include <stdlib.h>
#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// mbtowc(NULL, s, n): the length of the UTF-8 character at s (0 for NUL), -1 if the n
// bytes hold no whole valid one (errno EILSEQ for an invalid one, unchanged for a cut
// one, as glibc). UTF-8 has no shift states: mblen(NULL, n) is 0. No state is kept
// between calls.
SYSGATE_C_FUNCTION(int, mblen, (const char* s, size_t n) noexcept) {
  if (!s) return 0;
  mbstate_t state{};
  size_t length = mbrtowc(nullptr, s, n, &state);
  return length == static_cast<size_t>(-2) ? -1 : static_cast<int>(length);
}

}  // namespace sysgate::c
