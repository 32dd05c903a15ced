#include <stdarg.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// Four further words are always passed: the kernel ignores those an option does not use.
SYSGATE_C_FUNCTION(int, prctl, (int option, ...) noexcept) {
  va_list args;
  va_start(args, option);
  unsigned long a = va_arg(args, unsigned long), b = va_arg(args, unsigned long),
                c = va_arg(args, unsigned long), d = va_arg(args, unsigned long);
  va_end(args);
  return to_c<int>(checked_syscall<int>(SYS_prctl, option, a, b, c, d));
}

}  // namespace sysgate::c
