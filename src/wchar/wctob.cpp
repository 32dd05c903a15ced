#include <wchar.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// EOF (-1) for every character that is not one byte, i.e. not ASCII.
SYSGATE_C_FUNCTION(int, wctob, (wint_t c) noexcept) { return c < 0x80 ? static_cast<int>(c) : -1; }

}  // namespace sysgate::c
