#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, execv, (const char* path, char* const argv[]) noexcept) {
  return execve(path, argv, environ);
}

}  // namespace sysgate::c
