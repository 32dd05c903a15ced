#include <bits/kernel_fcntl.h>
#include <errno.h>
#include <stdio.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, rename, (const char* from, const char* to) noexcept) {
  long r = sysgate::syscall(SYS_renameat, AT_FDCWD, from, AT_FDCWD, to);
  if (is_error_word(r)) {
    errno = static_cast<int>(-r);
    return -1;
  }
  return 0;
}

}  // namespace sysgate::c
