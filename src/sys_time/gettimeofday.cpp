#include <sys/time.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/time/kernel_time.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, gettimeofday, (timeval* tv, void* tz) noexcept) {
  // The kernel's timezone is a relic nobody sets; report UTC.
  if (tz) *static_cast<struct timezone*>(tz) = {0, 0};
  if (!tv) return 0;
  return to_c<int>(Result<int>::from_word(kernel_time::gettimeofday(tv)));
}

}  // namespace sysgate::c
