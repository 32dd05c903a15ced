#include <fcntl.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, creat, (const char* path, mode_t mode) noexcept) {
  return ::open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

}  // namespace sysgate::c
