#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, pipe, (int fds[2]) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_pipe2, fds, 0));
}

}  // namespace sysgate::c
