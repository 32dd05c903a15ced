#include <errno.h>
#include <limits.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// EOVERFLOW when the position does not fit a long (i386, beyond 2 GiB).
SYSGATE_C_FUNCTION(long, ftell, (FILE * f) noexcept) {
  stdio::FileGuard guard(f);
  long long position = stdio::tell_file(f);
  if (position > LONG_MAX) {
    errno = EOVERFLOW;
    return -1;
  }
  return static_cast<long>(position);
}

}  // namespace sysgate::c
