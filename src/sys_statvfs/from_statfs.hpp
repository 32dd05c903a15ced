// statvfs and fstatvfs: the kernel's statfs (statfs64 on i386) converted into the
// libc's struct statvfs, as glibc converts it. The kernel writes a local struct; the
// caller's is written only after the kernel has said it can be.
#pragma once
#include <errno.h>
#include <sys/statvfs.h>

#include "src/internal/kernel_statfs.hpp"
#include "src/internal/user_memory.hpp"

namespace sysgate::internal {

inline long to_statvfs(const KernelStatfs& from, struct statvfs* to) noexcept {
  if (!user_writable(to, sizeof *to)) return -EFAULT;
  *to = {};
  to->f_bsize = from.f_bsize;
  to->f_frsize = from.f_frsize ? from.f_frsize : from.f_bsize;
  to->f_blocks = from.f_blocks;
  to->f_bfree = from.f_bfree;
  to->f_bavail = from.f_bavail;
  to->f_files = from.f_files;
  to->f_ffree = from.f_ffree;
  to->f_favail = from.f_ffree;
  // Both words of the kernel's fsid where they fit (x86_64), else the first.
  to->f_fsid = static_cast<unsigned>(from.f_fsid[0]);
  if constexpr (sizeof(to->f_fsid) == sizeof from.f_fsid)
    to->f_fsid |= static_cast<unsigned long>(static_cast<unsigned>(from.f_fsid[1]))
                  << (4 * sizeof(to->f_fsid));
  to->f_namemax = from.f_namelen;
  // Kernels before 2.6.36 leave f_flags unset (no ST_VALID): no flags then.
  if (from.f_flags & statfs_flags_valid) to->f_flag = from.f_flags & ~statfs_flags_valid;
  return 0;
}

}  // namespace sysgate::internal
