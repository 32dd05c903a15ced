#include <time.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/time/kernel_time.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, usleep, (useconds_t useconds) noexcept) {
  timespec ts = {static_cast<time_t>(useconds / 1000000),
                 static_cast<long>(useconds % 1000000) * 1000};
  return to_c<int>(Result<int>::from_word(kernel_time::nanosleep(&ts, nullptr)));
}

}  // namespace sysgate::c
