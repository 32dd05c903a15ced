#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// faccessat2 (Linux >= 5.8) reads the flags; the older faccessat has none, and serves
// when there are none to read. Before 5.8, AT_EACCESS and AT_SYMLINK_NOFOLLOW give ENOSYS.
SYSGATE_C_FUNCTION(int, faccessat, (int dirfd, const char* path, int mode, int flags) noexcept) {
  long r = sysgate::syscall(SYS_faccessat2, dirfd, path, mode, flags);
  if (r == -ENOSYS) {
    if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) {
      r = -EINVAL;
    } else if (flags == 0) {
      r = sysgate::syscall(SYS_faccessat, dirfd, path, mode);
    }
  }
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
