#include <bits/kernel_fcntl.h>
#include <errno.h>
#include <stdio.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// A file is unlinked; a directory (EISDIR) is removed as rmdir would.
SYSGATE_C_FUNCTION(int, remove, (const char* path) noexcept) {
  long r = sysgate::syscall(SYS_unlinkat, AT_FDCWD, path, 0);
  if (r == -EISDIR) r = sysgate::syscall(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR);
  if (is_error_word(r)) {
    errno = static_cast<int>(-r);
    return -1;
  }
  return 0;
}

}  // namespace sysgate::c
