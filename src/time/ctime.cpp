#include <time.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, ctime, (const time_t* t) noexcept) { return ::asctime(::localtime(t)); }

}  // namespace sysgate::c
