/* struct statvfs: glibc's layout with 64-bit counts (as under _FILE_OFFSET_BITS=64),
 * which the libc fills from the kernel's statfs. tests/unit/core/test_layouts.cpp
 * checks it against glibc's. */
#ifndef SYSGATE_BITS_STATVFS_STRUCT_H
#define SYSGATE_BITS_STATVFS_STRUCT_H
#define __NEED_fsblkcnt_t
#define __NEED_fsfilcnt_t
#include <bits/alltypes.h>

struct statvfs {
  unsigned long f_bsize;
  unsigned long f_frsize;
  fsblkcnt_t f_blocks;
  fsblkcnt_t f_bfree;
  fsblkcnt_t f_bavail;
  fsfilcnt_t f_files;
  fsfilcnt_t f_ffree;
  fsfilcnt_t f_favail;
  unsigned long f_fsid;
#if __SIZEOF_LONG__ == 4
  int __f_unused;
#endif
  unsigned long f_flag;
  unsigned long f_namemax;
  int __f_spare[6];
};
#endif
