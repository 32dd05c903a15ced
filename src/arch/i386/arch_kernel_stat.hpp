// The stat the i386 kernel writes: fstatat64's struct stat64 (asm/stat.h), with 32-bit
// seconds. The libc's struct stat (bits/stat_struct.h) has 64-bit ones, so the stat
// functions convert (or use statx). Checked against asm/stat.h by
// tests/unit/core/test_kernel_layouts.cpp.
#pragma once
#include <stdint.h>
#include <sys/syscall.h>

namespace sysgate::arch {

struct KernelStat {
  uint64_t st_dev;
  uint8_t pad0[4];
  uint32_t st_ino_low;  // the truncated inode number; st_ino below is the whole one
  uint32_t st_mode;
  uint32_t st_nlink;
  uint32_t st_uid;
  uint32_t st_gid;
  uint64_t st_rdev;
  uint8_t pad3[4];
  int64_t st_size;
  uint32_t st_blksize;
  uint64_t st_blocks;
  uint32_t st_atime_sec, st_atime_nsec;
  uint32_t st_mtime_sec, st_mtime_nsec;
  uint32_t st_ctime_sec, st_ctime_nsec;
  uint64_t st_ino;
};
static_assert(sizeof(KernelStat) == 96);

inline constexpr long sys_fstatat = SYS_fstatat64;
// The kernel's struct differs from the libc's: results need converting.
inline constexpr bool kernel_stat_is_libc_stat = false;

}  // namespace sysgate::arch
