#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// The fchmodat syscall has no flags. AT_SYMLINK_NOFOLLOW on a symbolic link cannot
// be honoured (Linux has no link modes): EOPNOTSUPP, as glibc answers; on anything
// else it changes nothing.
SYSGATE_C_FUNCTION(int, fchmodat, (int dirfd, const char* path, mode_t mode, int flags) noexcept) {
  if (flags & ~AT_SYMLINK_NOFOLLOW) return to_c<int>(Result<int>::failure(EINVAL));
  if (flags) {
    struct stat st;
    if (::fstatat(dirfd, path, &st, flags) != 0) return -1;
    if (S_ISLNK(st.st_mode)) return to_c<int>(Result<int>::failure(EOPNOTSUPP));
  }
  return to_c<int>(checked_syscall<int>(SYS_fchmodat, dirfd, path, mode));
}

}  // namespace sysgate::c
