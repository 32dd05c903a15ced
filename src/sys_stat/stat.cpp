#include <sys/stat.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, stat, (const char* __restrict path, struct stat* __restrict buf) noexcept) {
  return fstatat(AT_FDCWD, path, buf, 0);
}

}  // namespace sysgate::c
