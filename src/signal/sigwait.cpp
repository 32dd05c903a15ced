#include <errno.h>
#include <signal.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Returns the error instead of -1, and waits on through handlers (EINTR), as glibc.
SYSGATE_C_FUNCTION(int, sigwait, (const sigset_t* __restrict set, int* __restrict sig) noexcept) {
  siginfo_t info;
  int r;
  do r = sigtimedwait(set, &info, nullptr);
  while (r < 0 && errno == EINTR);
  if (r < 0) return errno;
  *sig = r;
  return 0;
}

}  // namespace sysgate::c
