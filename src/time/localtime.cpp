#include <errno.h>
#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/static_tm.hpp"
#include "src/time/zone.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(tm*, localtime, (const time_t* t) noexcept) {
  if (zone::convert(*t, true, true, &civil::static_tm)) return &civil::static_tm;
  errno = EOVERFLOW;
  return nullptr;
}

}  // namespace sysgate::c
