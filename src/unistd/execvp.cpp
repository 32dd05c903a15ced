#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, execvp, (const char* file, char* const argv[]) noexcept) {
  return execvpe(file, argv, environ);
}

}  // namespace sysgate::c
