#include <stdarg.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"
#include "src/unistd/exec_list.hpp"

namespace sysgate::c {

// execl: execve with the argument list.
SYSGATE_C_FUNCTION(int, execl, (const char* path, const char* arg, ...) noexcept) {
  va_list args;
  va_start(args, arg);
  int result = exec::run_list(
      arg, args, exec::ListEnd::environ_,
      [&](char* const* argv, char* const* envp) { return execve(path, argv, envp); });
  va_end(args);
  return result;
}

}  // namespace sysgate::c
