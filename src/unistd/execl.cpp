#include <errno.h>
#include <stdarg.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// execl: the argument list, gathered into an array on the stack.
SYSGATE_C_FUNCTION(int, execl, (const char* path, const char* arg, ...) noexcept) {
  va_list args;
  va_start(args, arg);
  long argc = 1;
  while (va_arg(args, const char*)) {
    if (++argc > 0x7ffffffe) {
      va_end(args);
      errno = E2BIG;
      return -1;
    }
  }
  va_end(args);
  const char* argv[argc + 1];
  argv[0] = arg;
  va_start(args, arg);
  for (long i = 1; i <= argc; ++i) argv[i] = va_arg(args, const char*);
  va_end(args);
  return execve(path, const_cast<char* const*>(argv), environ);
}

}  // namespace sysgate::c
