#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// The terminal's name is where /proc/self/fd/N points (proc must be mounted; glibc
// also searches /dev when it is not, sysgate does not), if that file is the same
// terminal. Returns an errno value, as POSIX says, and also sets errno (as glibc).
SYSGATE_C_FUNCTION(int, ttyname_r, (int fd, char* buf, size_t size) noexcept) {
  int error = 0;
  char link[32] = "/proc/self/fd/";
  char digits[12];
  int n = 0;
  for (unsigned v = static_cast<unsigned>(fd); n == 0 || v; v /= 10) digits[n++] = '0' + v % 10;
  char* p = link + 14;
  while (n) *p++ = digits[--n];
  *p = 0;
  struct stat fd_stat, name_stat;
  if (!buf) {
    error = EINVAL;
  } else if (size < sizeof "/dev/pts/") {
    error = ERANGE;
  } else if (!::isatty(fd)) {
    error = errno;
  } else {
    ssize_t length = ::readlink(link, buf, size - 1);
    if (length < 0) {
      error = errno == ENAMETOOLONG ? ERANGE : errno;
    } else if (static_cast<size_t>(length) >= size - 1) {
      error = ERANGE;
    } else {
      buf[length] = 0;
      if (buf[0] != '/' || ::fstat(fd, &fd_stat) != 0 || ::stat(buf, &name_stat) != 0 ||
          fd_stat.st_ino != name_stat.st_ino || fd_stat.st_dev != name_stat.st_dev)
        error = ENODEV;
    }
  }
  if (error) errno = error;
  return error;
}

}  // namespace sysgate::c
