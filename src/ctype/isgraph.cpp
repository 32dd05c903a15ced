#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, isgraph, (int c) noexcept) {
  return static_cast<unsigned>(c) - 0x21 < 0x5e;
}

}  // namespace sysgate::c
