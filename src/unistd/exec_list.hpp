// The list forms of exec (execl, execlp, execle): `arg` and the variadic arguments up to
// the NULL, gathered into an array in this frame (so it lives until the exec), then
// run(argv, envp). envp is the pointer after the NULL for execle, else environ.
#pragma once
#include <errno.h>
#include <stdarg.h>
#include <unistd.h>

namespace sysgate::exec {

enum class ListEnd { environ_, envp_argument };

template <typename Run>
inline int run_list(const char* arg, va_list args, ListEnd end, Run run) noexcept {
  va_list counting;
  va_copy(counting, args);
  long argc = 1;
  while (va_arg(counting, const char*)) {
    if (++argc > 0x7ffffffe) {  // argv's count must fit in an int
      va_end(counting);
      errno = E2BIG;
      return -1;
    }
  }
  va_end(counting);
  const char* argv[argc + 1];
  argv[0] = arg;
  for (long i = 1; i <= argc; ++i) argv[i] = va_arg(args, const char*);
  char* const* envp = end == ListEnd::envp_argument ? va_arg(args, char* const*) : environ;
  return run(const_cast<char* const*>(argv), envp);
}

}  // namespace sysgate::exec
