// What statx writes (linux/stat.h struct statx). i386's stat uses it for 64-bit
// seconds; checked by tests/unit/core/test_kernel_layouts.cpp.
#pragma once
#include <stdint.h>

namespace sysgate::internal {

struct KernelStatxTimestamp {
  int64_t tv_sec;
  uint32_t tv_nsec;
  int32_t reserved;
};

struct KernelStatx {
  uint32_t stx_mask;
  uint32_t stx_blksize;
  uint64_t stx_attributes;
  uint32_t stx_nlink;
  uint32_t stx_uid;
  uint32_t stx_gid;
  uint16_t stx_mode;
  uint16_t spare0;
  uint64_t stx_ino;
  uint64_t stx_size;
  uint64_t stx_blocks;
  uint64_t stx_attributes_mask;
  KernelStatxTimestamp stx_atime, stx_btime, stx_ctime, stx_mtime;
  uint32_t stx_rdev_major, stx_rdev_minor;
  uint32_t stx_dev_major, stx_dev_minor;
  uint64_t spare[14];
};
static_assert(sizeof(KernelStatx) == 256);

// glibc's dev_t encoding of a major and minor number (makedev).
constexpr uint64_t make_device(uint32_t major, uint32_t minor) noexcept {
  return (uint64_t{major & 0xfffff000u} << 32) | (uint64_t{major & 0xfffu} << 8) |
         (uint64_t{minor & 0xffffff00u} << 12) | (minor & 0xffu);
}

}  // namespace sysgate::internal
