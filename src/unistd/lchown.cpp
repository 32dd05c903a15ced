#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, lchown, (const char* path, uid_t owner, gid_t group) noexcept) {
  return to_c<int>(
      checked_syscall<int>(SYS_fchownat, AT_FDCWD, path, owner, group, AT_SYMLINK_NOFOLLOW));
}

}  // namespace sysgate::c
