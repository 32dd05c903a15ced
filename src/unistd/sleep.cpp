#include <errno.h>
#include <time.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"
#include "src/time/kernel_time.hpp"

namespace sysgate::c {

// The seconds not slept when a signal handler interrupts (the whole seconds of the
// kernel's remainder, as glibc), else 0; errno is left as it was.
SYSGATE_C_FUNCTION(unsigned, sleep, (unsigned seconds) noexcept) {
  timespec ts = {static_cast<time_t>(seconds), 0};
  if (kernel_time::nanosleep(&ts, &ts) == -EINTR) return static_cast<unsigned>(ts.tv_sec);
  return 0;
}

}  // namespace sysgate::c
