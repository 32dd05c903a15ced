#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fchownat, (int dirfd, const char* path, uid_t owner, gid_t group, int flags) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_fchownat, dirfd, path, owner, group, flags));
}

}  // namespace sysgate::c
