#include <fcntl.h>
#include <stdio.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, rename, (const char* old_path, const char* new_path) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_renameat, AT_FDCWD, old_path, AT_FDCWD, new_path));
}

}  // namespace sysgate::c
