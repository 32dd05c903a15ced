#include <sys/statvfs.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_statvfs/from_statfs.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fstatvfs,
                   (int fd, struct statvfs* buf) noexcept) {
  internal::KernelStatfs kernel;
  long r = arch::statfs_takes_size ? sysgate::syscall(arch::sys_fstatfs, fd, sizeof kernel, &kernel)
                                   : sysgate::syscall(arch::sys_fstatfs, fd, &kernel);
  if (r == 0) r = internal::to_statvfs(kernel, buf);
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
