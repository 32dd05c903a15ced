#include <errno.h>
#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/zone.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(tm*, gmtime_r, (const time_t* t, tm* out) noexcept) {
  if (zone::convert(*t, false, false, out)) return out;
  errno = EOVERFLOW;
  return nullptr;
}

}  // namespace sysgate::c
