#include <errno.h>
#include <signal.h>

#include "src/internal/c_export.hpp"
#include "src/signal/sigset.hpp"

namespace sysgate::c {

// glibc's BSD semantics: the signal blocked while its handler runs, system calls
// restarted.
SYSGATE_C_FUNCTION(sighandler_t, signal, (int sig, sighandler_t handler) noexcept) {
  if (handler == SIG_ERR || !signal::is_valid(sig)) {
    errno = EINVAL;
    return SIG_ERR;
  }
  struct sigaction action {
  }, old;
  action.sa_handler = handler;
  action.sa_mask.__bits[signal::word(sig)] = signal::bit(sig);
  action.sa_flags = SA_RESTART;
  if (sigaction(sig, &action, &old) < 0) return SIG_ERR;
  return old.sa_handler;
}

}  // namespace sysgate::c
