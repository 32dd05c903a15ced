#include <stdio.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, renameat, (int old_dirfd, const char* old_path, int new_dirfd, const char* new_path) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_renameat, old_dirfd, old_path, new_dirfd, new_path));
}

}  // namespace sysgate::c
