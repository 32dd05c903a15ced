#include <inttypes.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(imaxdiv_t, imaxdiv, (intmax_t numerator, intmax_t denominator) noexcept) {
  return {numerator / denominator, numerator % denominator};
}

}  // namespace sysgate::c
