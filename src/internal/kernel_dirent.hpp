// What getdents64 writes: a run of these, each d_reclen bytes long (the kernel's
// struct linux_dirent64, fs/readdir.c; not in the UAPI headers). Its fixed part is
// the libc's struct dirent's (bits/dirent_struct.h): tests/unit/core/test_layouts.cpp.
#pragma once
#include <stdint.h>

namespace sysgate::internal {

struct KernelDirent64 {
  uint64_t d_ino;
  int64_t d_off;
  uint16_t d_reclen;
  uint8_t d_type;
  char d_name[1];  // NUL-terminated, padded to d_reclen
};
static_assert(__builtin_offsetof(KernelDirent64, d_name) == 19);

}  // namespace sysgate::internal
