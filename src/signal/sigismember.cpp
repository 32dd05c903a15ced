#include <errno.h>
#include <signal.h>

#include "src/internal/c_export.hpp"
#include "src/signal/sigset.hpp"

namespace sysgate::c {

// EINVAL outside 1..64, as glibc; 32 and 33 read as absent (no set function adds them).
SYSGATE_C_FUNCTION(int, sigismember, (const sigset_t* set, int sig) noexcept) {
  if (sig <= 0 || sig >= NSIG) {
    errno = EINVAL;
    return -1;
  }
  return (set->__bits[signal::word(sig)] & signal::bit(sig)) != 0;
}

}  // namespace sysgate::c
