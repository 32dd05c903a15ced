#include <errno.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mknodat,
                   (int dirfd, const char* path, mode_t mode, dev_t device) noexcept) {
  // The kernel's device number is 32 bits wide.
  auto kernel_device = static_cast<unsigned>(device);
  if (kernel_device != device) return to_c<int>(Result<int>::failure(EINVAL));
  return to_c<int>(checked_syscall<int>(SYS_mknodat, dirfd, path, mode, kernel_device));
}

}  // namespace sysgate::c
