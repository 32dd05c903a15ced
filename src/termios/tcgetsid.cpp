#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <termios.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(pid_t, tcgetsid, (int fd) noexcept) {
  pid_t session;
  long r = sysgate::syscall(SYS_ioctl, fd, TIOCGSID, &session);
  return r == 0 ? session : to_c<pid_t>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
