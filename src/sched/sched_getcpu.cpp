#include <sched.h>

#include "arch_time.hpp"
#include "c_export.hpp"
#include "c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, sched_getcpu, () noexcept) {
  unsigned cpu = 0;
  long r = arch::getcpu(&cpu);
  return r == 0 ? static_cast<int>(cpu) : to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
