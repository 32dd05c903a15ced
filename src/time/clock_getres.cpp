#include <time.h>

#include "arch_time.hpp"
#include "c_export.hpp"
#include "c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, clock_getres, (clockid_t clock, timespec* res) noexcept) {
  return to_c<int>(Result<int>::from_word(arch::clock_getres(clock, res)));
}

}  // namespace sysgate::c
