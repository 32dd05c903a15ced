#include <stdarg.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// Reads six words whatever the caller passed: the kernel ignores the ones a call does
// not take, and on both ABIs reading absent variadic words is harmless.
SYSGATE_C_FUNCTION(long, syscall, (long number, ...) noexcept) {
  va_list ap;
  va_start(ap, number);
  long a = va_arg(ap, long), b = va_arg(ap, long), c = va_arg(ap, long);
  long d = va_arg(ap, long), e = va_arg(ap, long), f = va_arg(ap, long);
  va_end(ap);
  return to_c<long>(Result<long>::from_word(sysgate::syscall(number, a, b, c, d, e, f)));
}

}  // namespace sysgate::c
