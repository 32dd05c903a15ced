#include <time.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// As glibc: subtract in long double (64-bit mantissa, exact for any time_t), then round
// once to double.
SYSGATE_C_FUNCTION(double, difftime, (time_t end, time_t start) noexcept) {
  return static_cast<double>(static_cast<long double>(end) - static_cast<long double>(start));
}

}  // namespace sysgate::c
