#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// glibc's: the new nice value; EPERM (not setpriority's EACCES) when it may not rise.
SYSGATE_C_FUNCTION(int, nice, (int increment) noexcept) {
  int saved = errno;
  errno = 0;
  int priority = getpriority(PRIO_PROCESS, 0);
  if (priority == -1 && errno != 0) return -1;
  if (setpriority(PRIO_PROCESS, 0, priority + increment) == -1) {
    if (errno == EACCES) errno = EPERM;
    return -1;
  }
  errno = saved;
  return getpriority(PRIO_PROCESS, 0);
}

}  // namespace sysgate::c
