#include <sched.h>

#include "arch_time.hpp"
#include "c_export.hpp"
#include "c_result.hpp"
#include "sysgate/time.hpp"

namespace sysgate {

Result<int> current_cpu() noexcept {
  unsigned cpu = 0;
  long r = arch::getcpu(&cpu);
  return Result<int>::from_word(r == 0 ? static_cast<long>(cpu) : r);
}

namespace c {
SYSGATE_C_FUNCTION(int, sched_getcpu, () noexcept) { return to_c<int>(current_cpu()); }
}  // namespace c

}  // namespace sysgate
