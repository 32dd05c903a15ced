#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fstat, (int fd, struct stat* buf) noexcept) {
  // A negative fd would be read as a directory (AT_FDCWD is -100).
  if (fd < 0) {
    errno = EBADF;
    return -1;
  }
  return ::fstatat(fd, "", buf, AT_EMPTY_PATH);
}

}  // namespace sysgate::c
