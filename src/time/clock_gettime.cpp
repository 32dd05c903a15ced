#include <time.h>

#include <sysgate/time.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/time/kernel_time.hpp"

namespace sysgate {

Result<int> clock_gettime(clockid_t clock, timespec* ts) noexcept {
  return Result<int>::from_word(kernel_time::clock_gettime(clock, ts));
}

namespace c {

SYSGATE_C_FUNCTION(int, clock_gettime, (clockid_t clock, timespec* ts) noexcept) {
  long r = kernel_time::clock_gettime(clock, ts);
  // The common case first, so the fast path is the vDSO call and nothing else.
  if (__builtin_expect(r == 0, 1)) return 0;
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace c
}  // namespace sysgate
