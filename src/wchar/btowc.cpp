#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// In UTF-8 only ASCII bytes are characters by themselves.
SYSGATE_C_FUNCTION(wint_t, btowc, (int c) noexcept) {
  return c >= 0 && c < 0x80 ? static_cast<wint_t>(c) : WEOF;
}

}  // namespace sysgate::c
