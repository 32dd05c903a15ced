#include <errno.h>
#include <sys/syscall.h>
#include <sys/time.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_time/kernel_itimerval.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, setitimer, (int which, const itimerval* value, itimerval* old) noexcept) {
  if constexpr (itimer::same_layout) {
    return to_c<int>(checked_syscall<int>(SYS_setitimer, which, value, old));
  } else {
    itimer::KernelItimerval value32, old32;
    if (!itimer::narrow(value->it_interval, &value32.it_interval) ||
        !itimer::narrow(value->it_value, &value32.it_value))
      return to_c<int>(Result<int>::failure(EOVERFLOW));
    long r = sysgate::syscall(SYS_setitimer, which, &value32, old ? &old32 : nullptr);
    if (r == 0 && old) itimer::widen(old32, old);
    return to_c<int>(Result<int>::from_word(r));
  }
}

}  // namespace sysgate::c
