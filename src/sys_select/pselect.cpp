#include <sys/select.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_select/kernel_pselect.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, pselect,
                   (int count, fd_set* __restrict read_set, fd_set* __restrict write_set,
                    fd_set* __restrict error_set, const struct timespec* __restrict timeout,
                    const sigset_t* __restrict mask) noexcept) {
  timespec left;
  if (timeout) left = *timeout;
  return to_c<int>(Result<int>::from_word(
      internal::pselect6(count, read_set, write_set, error_set, timeout ? &left : nullptr, mask)));
}

}  // namespace sysgate::c
