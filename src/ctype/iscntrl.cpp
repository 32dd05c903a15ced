#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, iscntrl, (int c) noexcept) {
  return static_cast<unsigned>(c) < 0x20 || c == 0x7f;
}

}  // namespace sysgate::c
