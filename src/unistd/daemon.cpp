#include <bits/kernel_fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// glibc's: the parent exits at once; the child leads a new session, in "/" unless
// no_chdir, with stdin, stdout and stderr on /dev/null unless no_close.
SYSGATE_C_FUNCTION(int, daemon, (int no_chdir, int no_close) noexcept) {
  long pid = syscall(SYS_fork);
  if (is_error_word(pid)) return to_c<int>(Result<int>::from_word(pid));
  if (pid != 0) _exit(0);
  long r = syscall(SYS_setsid);
  if (is_error_word(r)) return to_c<int>(Result<int>::from_word(r));
  if (!no_chdir) syscall(SYS_chdir, "/");
  if (!no_close) {
    long fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR);
    if (is_error_word(fd)) return to_c<int>(Result<int>::from_word(fd));
    for (int i = 0; i < 3; ++i) syscall(SYS_dup2, fd, i);
    if (fd > 2) syscall(SYS_close, fd);
  }
  return 0;
}

}  // namespace sysgate::c
