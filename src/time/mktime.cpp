#include <errno.h>
#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/mktime_internal.hpp"
#include "src/time/zone.hpp"

namespace sysgate::c {
namespace {

bool local(int64_t t, tm* out) { return zone::convert(t, true, false, out); }
int local_offset;  // glibc's guess for the next call: the last offset found

}  // namespace

SYSGATE_C_FUNCTION(time_t, mktime, (tm * tp) noexcept) {
  zone::tzset();
  int64_t t;
  if (civil::mktime_internal(tp, local, &local_offset, &t)) return t;
  errno = EOVERFLOW;
  return -1;
}

}  // namespace sysgate::c
