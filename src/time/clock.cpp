#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/kernel_time.hpp"

namespace sysgate::c {

// The process's CPU time in microseconds (CLOCKS_PER_SEC); wraps with clock_t on i386.
SYSGATE_C_FUNCTION(clock_t, clock, () noexcept) {
  timespec ts;
  if (kernel_time::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0) return -1;
  return static_cast<clock_t>(static_cast<unsigned long long>(ts.tv_sec) * 1000000u +
                              static_cast<unsigned long long>(ts.tv_nsec / 1000));
}

}  // namespace sysgate::c
