#include <stdlib.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// The quotient truncated toward zero and the remainder with the dividend's sign (C99).
SYSGATE_C_FUNCTION(lldiv_t, lldiv, (long long numerator, long long denominator) noexcept) {
  return {numerator / denominator, numerator % denominator};
}

}  // namespace sysgate::c
