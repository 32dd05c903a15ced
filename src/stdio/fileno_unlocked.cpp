#include <errno.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fileno_unlocked, (FILE * f) noexcept) {
  if (f->fd < 0) errno = EBADF;
  return f->fd < 0 ? -1 : f->fd;
}

}  // namespace sysgate::c
