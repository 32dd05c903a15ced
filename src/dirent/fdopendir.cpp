#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "src/dirent/dir_stream.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

// As glibc: the descriptor must be a directory open for reading, and becomes
// close-on-exec.
SYSGATE_C_FUNCTION(DIR*, fdopendir, (int fd) noexcept) {
  struct stat st;
  if (::fstat(fd, &st) != 0) return nullptr;
  if (!S_ISDIR(st.st_mode)) {
    errno = ENOTDIR;
    return nullptr;
  }
  int flags = ::fcntl(fd, F_GETFL);
  if (flags == -1) return nullptr;
  if ((flags & O_ACCMODE) == O_WRONLY) {
    errno = EINVAL;
    return nullptr;
  }
  if (::fcntl(fd, F_SETFD, FD_CLOEXEC) != 0) return nullptr;
  return internal::new_dir_stream(fd);
}

}  // namespace sysgate::c
