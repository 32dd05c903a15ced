#include <string.h>
#include <sys/syscall.h>
#include <termios.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/kernel_termios.hpp"
#include "src/internal/user_memory.hpp"
#include "src/termios/speed.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, tcgetattr, (int fd, struct termios* attributes) noexcept) {
  internal::KernelTermios kernel;
  long r = sysgate::syscall(SYS_ioctl, fd, TCGETS, &kernel);
  if (r == 0 && !internal::user_writable(attributes, sizeof *attributes)) r = -EFAULT;
  if (r != 0) return to_c<int>(Result<int>::from_word(r));
  attributes->c_iflag = kernel.c_iflag;
  attributes->c_oflag = kernel.c_oflag;
  attributes->c_cflag = kernel.c_cflag;
  attributes->c_lflag = kernel.c_lflag;
  attributes->c_line = kernel.c_line;
  memcpy(attributes->c_cc, kernel.c_cc, internal::kernel_nccs);
  memset(attributes->c_cc + internal::kernel_nccs, 0, NCCS - internal::kernel_nccs);
  attributes->c_ispeed = attributes->c_ospeed = kernel.c_cflag & internal::speed_bits;
  return 0;
}

}  // namespace sysgate::c
