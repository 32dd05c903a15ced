#include <stdarg.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, ioctl, (int fd, unsigned long request, ...) noexcept) {
  va_list args;
  va_start(args, request);
  unsigned long word = va_arg(args, unsigned long);
  va_end(args);
  return to_c<int>(checked_syscall<int>(SYS_ioctl, fd, request, word));
}

}  // namespace sysgate::c
