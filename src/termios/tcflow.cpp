#include <sys/syscall.h>
#include <termios.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, tcflow, (int fd, int action) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_ioctl, fd, TCXONC, action));
}

}  // namespace sysgate::c
