#include <sys/syscall.h>
#include <termios.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// A break of 0.25 to 0.5 seconds for duration 0; else duration milliseconds, in the
// kernel's tenths of a second rounded up (glibc's reading of an unspecified unit).
SYSGATE_C_FUNCTION(int, tcsendbreak, (int fd, int duration) noexcept) {
  if (duration <= 0) return to_c<int>(checked_syscall<int>(SYS_ioctl, fd, TCSBRK, 0));
  return to_c<int>(checked_syscall<int>(SYS_ioctl, fd, TCSBRKP, (duration + 99) / 100));
}

}  // namespace sysgate::c
