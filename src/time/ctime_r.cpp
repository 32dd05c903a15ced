#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/asctime_format.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, ctime_r, (const time_t* t, char* buf) noexcept) {
  tm local;
  return civil::asctime_into(::localtime_r(t, &local), buf, 26);
}

}  // namespace sysgate::c
