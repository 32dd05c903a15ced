#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/time/kernel_time.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(time_t, time, (time_t* out) noexcept) {
  time_t now;
  long r = kernel_time::time(&now);
  if (r != 0) return to_c<time_t>(Result<int>::from_word(r));
  if (out) *out = now;
  return now;
}

}  // namespace sysgate::c
