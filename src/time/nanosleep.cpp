#include <time.h>

#include <sysgate/time.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/time/kernel_time.hpp"

namespace sysgate {

Result<int> nanosleep(const timespec* request, timespec* remaining) noexcept {
  return Result<int>::from_word(kernel_time::nanosleep(request, remaining));
}

namespace c {

SYSGATE_C_FUNCTION(int, nanosleep, (const timespec* request, timespec* remaining) noexcept) {
  return to_c<int>(sysgate::nanosleep(request, remaining));
}

}  // namespace c
}  // namespace sysgate
