#include <time.h>

#include <sysgate/time.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/time/kernel_time.hpp"

namespace sysgate {

Result<int> clock_getres(clockid_t clock, timespec* res) noexcept {
  return Result<int>::from_word(kernel_time::clock_getres(clock, res));
}

namespace c {

SYSGATE_C_FUNCTION(int, clock_getres, (clockid_t clock, timespec* res) noexcept) {
  return to_c<int>(sysgate::clock_getres(clock, res));
}

}  // namespace c
}  // namespace sysgate
