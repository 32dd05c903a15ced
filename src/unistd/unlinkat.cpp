#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, unlinkat, (int dirfd, const char* path, int flags) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_unlinkat, dirfd, path, flags));
}

}  // namespace sysgate::c
