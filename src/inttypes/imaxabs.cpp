#include <inttypes.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(intmax_t, imaxabs, (intmax_t value) noexcept) {
  return value < 0 ? -value : value;
}

}  // namespace sysgate::c
