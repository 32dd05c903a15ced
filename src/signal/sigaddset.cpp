#include <errno.h>
#include <signal.h>

#include "src/internal/c_export.hpp"
#include "src/signal/sigset.hpp"

namespace sysgate::c {

// EINVAL outside 1..64 and for 32 and 33, as glibc.
SYSGATE_C_FUNCTION(int, sigaddset, (sigset_t * set, int sig) noexcept) {
  if (!signal::is_valid(sig)) {
    errno = EINVAL;
    return -1;
  }
  set->__bits[signal::word(sig)] |= signal::bit(sig);
  return 0;
}

}  // namespace sysgate::c
