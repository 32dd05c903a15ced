#include <errno.h>
#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/zone.hpp"

namespace sysgate::c {

// Like glibc, reads TZ only the first time: localtime, mktime and tzset read it again.
SYSGATE_C_FUNCTION(tm*, localtime_r, (const time_t* t, tm* out) noexcept) {
  if (zone::convert(*t, true, false, out)) return out;
  errno = EOVERFLOW;
  return nullptr;
}

}  // namespace sysgate::c
