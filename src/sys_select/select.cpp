#include <errno.h>
#include <sys/select.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_select/kernel_pselect.hpp"

namespace sysgate::c {

// Through pselect6 on both arches (its timespec has 64-bit seconds where the kernel
// offers it); the time left goes back into the caller's timeval, as Linux's select does.
SYSGATE_C_FUNCTION(int, select,
                   (int count, fd_set* __restrict read_set, fd_set* __restrict write_set,
                    fd_set* __restrict error_set, struct timeval* __restrict timeout) noexcept) {
  timespec left;
  if (timeout) {
    // As the kernel's own select converts it: whole seconds of microseconds carried
    // over, and what is still out of range (negative) left for pselect6 to refuse.
    left = {timeout->tv_sec + timeout->tv_usec / 1000000, timeout->tv_usec % 1000000 * 1000};
  }
  long r =
      internal::pselect6(count, read_set, write_set, error_set, timeout ? &left : nullptr, nullptr);
  if (timeout && (!is_error_word(r) || r == -EINTR)) {
    timeout->tv_sec = left.tv_sec;
    timeout->tv_usec = left.tv_nsec / 1000;
  }
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
