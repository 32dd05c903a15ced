#include <time.h>

#include "arch_time.hpp"
#include "c_export.hpp"
#include "c_result.hpp"
#include "sysgate/time.hpp"

namespace sysgate {

Result<int> clock_gettime(clockid_t clock, timespec* ts) noexcept {
  return Result<int>::from_word(arch::clock_gettime(clock, ts));
}

namespace c {

SYSGATE_C_FUNCTION(int, clock_gettime, (clockid_t clock, timespec* ts) noexcept) {
  return to_c<int>(sysgate::clock_gettime(clock, ts));
}

}  // namespace c
}  // namespace sysgate
