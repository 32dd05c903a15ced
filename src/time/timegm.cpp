#include <errno.h>
#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/mktime_internal.hpp"
#include "src/time/zone.hpp"

namespace sysgate::c {
namespace {

bool utc(int64_t t, tm* out) { return zone::convert(t, false, false, out); }

}  // namespace

SYSGATE_C_FUNCTION(time_t, timegm, (tm * tp) noexcept) {
  int offset = 0;
  tp->tm_isdst = 0;
  int64_t t;
  if (civil::mktime_internal(tp, utc, &offset, &t)) return t;
  errno = EOVERFLOW;
  return -1;
}

}  // namespace sysgate::c
