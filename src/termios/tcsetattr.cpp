#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <termios.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/kernel_termios.hpp"
#include "src/termios/speed.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, tcsetattr, (int fd, int when, const struct termios* attributes) noexcept) {
  unsigned long request;
  switch (when) {
    case TCSANOW:
      request = TCSETS;
      break;
    case TCSADRAIN:
      request = TCSETSW;
      break;
    case TCSAFLUSH:
      request = TCSETSF;
      break;
    default:
      return to_c<int>(Result<int>::failure(EINVAL));
  }
  internal::KernelTermios kernel;
  kernel.c_iflag = attributes->c_iflag & ~internal::input_speed_zero;
  kernel.c_oflag = attributes->c_oflag;
  kernel.c_cflag = attributes->c_cflag;
  kernel.c_lflag = attributes->c_lflag;
  kernel.c_line = attributes->c_line;
  memcpy(kernel.c_cc, attributes->c_cc, internal::kernel_nccs);
  return to_c<int>(checked_syscall<int>(SYS_ioctl, fd, request, &kernel));
}

}  // namespace sysgate::c
