#include <time.h>

#include "src/internal/c_export.hpp"
#include "src/time/zone.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, tzset, () noexcept) { zone::tzset(); }

}  // namespace sysgate::c
