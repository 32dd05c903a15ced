#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "arch_kernel_stat.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/kernel_statx.hpp"
#include "src/internal/user_memory.hpp"

namespace sysgate::c {
namespace {

// Where the kernel's stat is not the libc's (i386: 32-bit seconds in stat64), statx
// (Linux >= 4.11) answers with 64-bit seconds; older kernels get fstatat64, whose
// unsigned 32-bit seconds are right from 1970 to 2106. Either is written into a
// local struct and copied out after the kernel has said the caller's buffer is good.
// A template on the kernel's struct so that the arch whose stat needs no conversion
// never compiles this.
template <class KernelStat>
long converted_fstatat(int dirfd, const char* path, struct stat* buf, int flags) noexcept {
  internal::KernelStatx x;
  long r = sysgate::syscall(SYS_statx, dirfd, path, flags | AT_NO_AUTOMOUNT, STATX_BASIC_STATS, &x);
  if (r == 0) {
    if (!internal::user_writable(buf, sizeof *buf)) return -EFAULT;
    *buf = {};
    buf->st_dev = internal::make_device(x.stx_dev_major, x.stx_dev_minor);
    buf->st_ino = x.stx_ino;
    buf->st_mode = x.stx_mode;
    buf->st_nlink = x.stx_nlink;
    buf->st_uid = x.stx_uid;
    buf->st_gid = x.stx_gid;
    buf->st_rdev = internal::make_device(x.stx_rdev_major, x.stx_rdev_minor);
    buf->st_size = static_cast<off_t>(x.stx_size);
    buf->st_blksize = x.stx_blksize;
    buf->st_blocks = static_cast<blkcnt_t>(x.stx_blocks);
    buf->st_atim = {x.stx_atime.tv_sec, static_cast<long>(x.stx_atime.tv_nsec)};
    buf->st_mtim = {x.stx_mtime.tv_sec, static_cast<long>(x.stx_mtime.tv_nsec)};
    buf->st_ctim = {x.stx_ctime.tv_sec, static_cast<long>(x.stx_ctime.tv_nsec)};
    return 0;
  }
  if (r != -ENOSYS) return r;
  KernelStat k;
  r = sysgate::syscall(arch::sys_fstatat, dirfd, path, &k, flags);
  if (r != 0) return r;
  if (!internal::user_writable(buf, sizeof *buf)) return -EFAULT;
  *buf = {};
  buf->st_dev = k.st_dev;
  buf->st_ino = k.st_ino;
  buf->st_mode = k.st_mode;
  buf->st_nlink = k.st_nlink;
  buf->st_uid = k.st_uid;
  buf->st_gid = k.st_gid;
  buf->st_rdev = k.st_rdev;
  buf->st_size = k.st_size;
  buf->st_blksize = k.st_blksize;
  buf->st_blocks = static_cast<blkcnt_t>(k.st_blocks);
  buf->st_atim = {k.st_atime_sec, static_cast<long>(k.st_atime_nsec)};
  buf->st_mtim = {k.st_mtime_sec, static_cast<long>(k.st_mtime_nsec)};
  buf->st_ctim = {k.st_ctime_sec, static_cast<long>(k.st_ctime_nsec)};
  return 0;
}

}  // namespace

SYSGATE_C_FUNCTION(int, fstatat,
                   (int dirfd, const char* __restrict path, struct stat* __restrict buf,
                    int flags) noexcept) {
  long r;
  if constexpr (arch::kernel_stat_is_libc_stat)
    r = sysgate::syscall(arch::sys_fstatat, dirfd, path, buf, flags);
  else
    r = converted_fstatat<arch::KernelStat>(dirfd, path, buf, flags);
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
