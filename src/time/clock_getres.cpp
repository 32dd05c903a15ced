#include <time.h>

#include "arch_time.hpp"
#include "c_export.hpp"
#include "c_result.hpp"
#include "sysgate/time.hpp"

namespace sysgate {

Result<int> clock_getres(clockid_t clock, timespec* res) noexcept {
  return Result<int>::from_word(arch::clock_getres(clock, res));
}

namespace c {

SYSGATE_C_FUNCTION(int, clock_getres, (clockid_t clock, timespec* res) noexcept) {
  return to_c<int>(sysgate::clock_getres(clock, res));
}

}  // namespace c
}  // namespace sysgate
