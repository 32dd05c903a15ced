#include <stdarg.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"
#include "src/unistd/exec_list.hpp"

namespace sysgate::c {

// execlp: execvpe with the argument list (PATH search).
SYSGATE_C_FUNCTION(int, execlp, (const char* file, const char* arg, ...) noexcept) {
  va_list args;
  va_start(args, arg);
  int result = exec::run_list(
      arg, args, exec::ListEnd::environ_,
      [&](char* const* argv, char* const* envp) { return execvpe(file, argv, envp); });
  va_end(args);
  return result;
}

}  // namespace sysgate::c
