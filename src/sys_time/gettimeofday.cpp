#include <sys/time.h>

#include "arch_time.hpp"
#include "c_export.hpp"
#include "c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, gettimeofday, (timeval * tv, void* tz) noexcept) {
  // The kernel's timezone is a relic nobody sets; report UTC.
  if (tz) *static_cast<struct timezone*>(tz) = {0, 0};
  if (!tv) return 0;
  return to_c<int>(Result<int>::from_word(arch::gettimeofday(tv)));
}

}  // namespace sysgate::c
