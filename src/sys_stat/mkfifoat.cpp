#include <sys/stat.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mkfifoat, (int dirfd, const char* path, mode_t mode) noexcept) {
  return mknodat(dirfd, path, mode | S_IFIFO, 0);
}

}  // namespace sysgate::c
