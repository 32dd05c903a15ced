#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, isprint, (int c) noexcept) {
  return static_cast<unsigned>(c) - 0x20 < 0x5f;
}

}  // namespace sysgate::c
