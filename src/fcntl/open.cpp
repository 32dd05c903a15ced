#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, open, (const char* path, int flags, ...) noexcept) {
  // The mode is an argument only when the call can create a file.
  mode_t mode = 0;
  if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
    va_list args;
    va_start(args, flags);
    mode = va_arg(args, mode_t);
    va_end(args);
  }
  return to_c<int>(checked_syscall<int>(
      SYS_openat, AT_FDCWD, path, flags | (arch::open_adds_largefile ? O_LARGEFILE : 0), mode));
}

}  // namespace sysgate::c
