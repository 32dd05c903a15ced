#include <ctype.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Setting bit 5 maps A-Z onto a-z and nothing else onto a-z.
SYSGATE_C_FUNCTION(int, isalpha, (int c) noexcept) {
  return (static_cast<unsigned>(c) | 32) - 'a' < 26;
}

}  // namespace sysgate::c
