#include <sys/stat.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mknod, (const char* path, mode_t mode, dev_t device) noexcept) {
  return mknodat(AT_FDCWD, path, mode, device);
}

}  // namespace sysgate::c
