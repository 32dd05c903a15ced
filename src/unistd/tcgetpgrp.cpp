#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(pid_t, tcgetpgrp, (int fd) noexcept) {
  pid_t group;
  long r = sysgate::syscall(SYS_ioctl, fd, TIOCGPGRP, &group);
  return r == 0 ? group : to_c<pid_t>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
