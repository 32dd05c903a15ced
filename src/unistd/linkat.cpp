#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, linkat, (int old_dirfd, const char* old_path, int new_dirfd, const char* new_path, int flags) noexcept) {
  return to_c<int>(
      checked_syscall<int>(SYS_linkat, old_dirfd, old_path, new_dirfd, new_path, flags));
}

}  // namespace sysgate::c
