#include <time.h>

#include "arch_time.hpp"
#include "c_export.hpp"
#include "c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(time_t, time, (time_t * out) noexcept) {
  time_t now;
  long r = arch::time(&now);
  if (r != 0) return to_c<time_t>(Result<int>::from_word(r));
  if (out) *out = now;
  return now;
}

}  // namespace sysgate::c
