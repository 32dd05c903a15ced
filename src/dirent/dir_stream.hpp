// DIR: a directory descriptor and a buffer of what getdents64 last wrote. readdir
// hands out pointers into the buffer: the kernel's linux_dirent64 records are the
// libc's struct dirent up to the name (src/internal/kernel_dirent.hpp), 8-byte
// aligned, each d_reclen long.
#pragma once
#include <dirent.h>
#include <stddef.h>

struct __dirstream {
  int fd;
  size_t next;     // offset of the next record in buffer
  size_t end;      // bytes of records in buffer
  off_t position;  // d_off of the record readdir returned last: telldir's answer
  alignas(8) char buffer[8192];
};

namespace sysgate::internal {

// A stream over fd, or nullptr (errno ENOMEM).
DIR* new_dir_stream(int fd) noexcept;

}  // namespace sysgate::internal
