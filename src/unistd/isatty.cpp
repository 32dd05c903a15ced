#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/kernel_termios.hpp"

namespace sysgate::c {

// A terminal is what answers TCGETS; errno says why not (ENOTTY, EBADF).
SYSGATE_C_FUNCTION(int, isatty, (int fd) noexcept) {
  internal::KernelTermios attributes;
  long r = sysgate::syscall(SYS_ioctl, fd, TCGETS, &attributes);
  if (r == 0) return 1;
  to_c<int>(Result<int>::from_word(r));
  return 0;
}

}  // namespace sysgate::c
