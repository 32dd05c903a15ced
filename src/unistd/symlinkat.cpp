#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, symlinkat, (const char* target, int dirfd, const char* link_path) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_symlinkat, target, dirfd, link_path));
}

}  // namespace sysgate::c
