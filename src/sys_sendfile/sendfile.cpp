#include <sys/sendfile.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, sendfile, (int out_fd, int in_fd, off_t* offset, size_t count) noexcept) {
  return to_c<ssize_t>(checked_syscall<ssize_t>(arch::sys_sendfile, out_fd, in_fd, offset, count));
}

}  // namespace sysgate::c
