#include <errno.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/time/timer_id.hpp"

namespace sysgate::c {

// SIGEV_SIGNAL, SIGEV_NONE and SIGEV_THREAD_ID go to the kernel as they are (a null
// event: SIGALRM carrying the timer id). SIGEV_THREAD needs a helper thread, which this
// runtime does not start: ENOTSUP.
SYSGATE_C_FUNCTION(int, timer_create, (clockid_t clock, sigevent* event, timer_t* timer) noexcept) {
  if (event && event->sigev_notify == SIGEV_THREAD) return to_c<int>(Result<int>::failure(ENOTSUP));
  int id;
  long r = sysgate::syscall(SYS_timer_create, clock, event, &id);
  if (r == 0) *timer = timer_id::from_kernel(id);
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
