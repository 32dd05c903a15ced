/* struct stat on i386: glibc's layout with 64-bit offsets and times (what it declares
 * under _FILE_OFFSET_BITS=64 and _TIME_BITS=64), so 64-bit st_size, st_ino and
 * seconds past 2038. The kernel writes neither this nor 64-bit times in its stat64:
 * the libc converts from statx or stat64 (arch_kernel_stat.hpp).
 * tests/unit/core/test_layouts.cpp checks it against glibc's. */
#ifndef SYSGATE_BITS_STAT_STRUCT_H
#define SYSGATE_BITS_STAT_STRUCT_H
#define __NEED_dev_t
#define __NEED_ino_t
#define __NEED_nlink_t
#define __NEED_mode_t
#define __NEED_uid_t
#define __NEED_gid_t
#define __NEED_off_t
#define __NEED_blksize_t
#define __NEED_blkcnt_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

struct stat {
  dev_t st_dev;
  ino_t st_ino;
  mode_t st_mode;
  nlink_t st_nlink;
  uid_t st_uid;
  gid_t st_gid;
  dev_t st_rdev;
  off_t st_size;
  blksize_t st_blksize;
  blkcnt_t st_blocks;
  struct timespec st_atim;
  struct timespec st_mtim;
  struct timespec st_ctim;
};
#endif
