#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, dup3, (int fd, int new_fd, int flags) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_dup3, fd, new_fd, flags));
}

}  // namespace sysgate::c
