#include <time.h>

#include "arch_time.hpp"
#include "c_export.hpp"
#include "c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, nanosleep, (const timespec* request, timespec* remaining) noexcept) {
  return to_c<int>(Result<int>::from_word(arch::nanosleep(request, remaining)));
}

}  // namespace sysgate::c
