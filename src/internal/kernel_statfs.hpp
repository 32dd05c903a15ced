// What statfs writes on x86_64 and statfs64 on i386 (asm/statfs.h): one layout, its
// words being the machine's. Checked by tests/unit/core/test_kernel_layouts.cpp.
#pragma once
#include <stdint.h>

namespace sysgate::internal {

struct KernelStatfs {
  unsigned long f_type;
  unsigned long f_bsize;
  uint64_t f_blocks;
  uint64_t f_bfree;
  uint64_t f_bavail;
  uint64_t f_files;
  uint64_t f_ffree;
  int f_fsid[2];
  unsigned long f_namelen;
  unsigned long f_frsize;
  unsigned long f_flags;
  unsigned long f_spare[4];
};

// f_flags carries the mount flags only when this bit says so (Linux >= 2.6.36).
inline constexpr unsigned long statfs_flags_valid = 0x20;  // ST_VALID, include/linux/statfs.h

}  // namespace sysgate::internal
