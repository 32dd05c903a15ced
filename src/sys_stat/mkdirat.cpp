#include <sys/stat.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mkdirat, (int dirfd, const char* path, mode_t mode) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_mkdirat, dirfd, path, mode));
}

}  // namespace sysgate::c
