#include <sys/syscall.h>
#include <sys/time.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_time/kernel_itimerval.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getitimer, (int which, itimerval* value) noexcept) {
  if constexpr (itimer::same_layout) {
    return to_c<int>(checked_syscall<int>(SYS_getitimer, which, value));
  } else {
    itimer::KernelItimerval value32;
    long r = sysgate::syscall(SYS_getitimer, which, &value32);
    if (r == 0) itimer::widen(value32, value);
    return to_c<int>(Result<int>::from_word(r));
  }
}

}  // namespace sysgate::c
