#include <bits/kernel_fcntl.h>
#include <errno.h>
#include <stdio.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// As glibc: the mode may not ask for more than the descriptor allows (EINVAL); "a"
// adds O_APPEND to it, "e" FD_CLOEXEC.
SYSGATE_C_FUNCTION(FILE*, fdopen, (int fd, const char* mode) noexcept) {
  int flags;
  unsigned stream_flags;
  if (!stdio::parse_mode(mode, &flags, &stream_flags)) return nullptr;
  long fd_flags = sysgate::syscall(SYS_fcntl, fd, F_GETFL);
  if (is_error_word(fd_flags)) {
    errno = static_cast<int>(-fd_flags);
    return nullptr;
  }
  long access = fd_flags & O_ACCMODE;
  if ((access == O_RDONLY && !(stream_flags & stdio::kNoWrite)) ||
      (access == O_WRONLY && !(stream_flags & stdio::kNoRead))) {
    errno = EINVAL;
    return nullptr;
  }
  if ((flags & O_APPEND) && !(fd_flags & O_APPEND))
    sysgate::syscall(SYS_fcntl, fd, F_SETFL, fd_flags | O_APPEND);
  if (flags & O_CLOEXEC) sysgate::syscall(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC);
  return stdio::new_file(fd, stream_flags | stdio::kCheckTty, &stdio::fd_ops, 0);
}

}  // namespace sysgate::c
