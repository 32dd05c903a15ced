// How the i386 kernel interface differs from the common one, as data for the portable
// code to read.
#pragma once
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

namespace sysgate::arch {

// The plain mmap takes a pointer to its six arguments; mmap2 takes them in registers,
// with the file offset in 4096-byte units (whatever the page size).
inline constexpr long sys_mmap = SYS_mmap2;
inline constexpr int mmap_offset_shift = 12;

// lseek's offset is a 32-bit long: _llseek takes the 64-bit offset as two halves and
// stores the new one through a pointer. 0 or a negated errno.
inline long llseek(int fd, long long offset, int whence, long long* position) noexcept {
  return sysgate::syscall(SYS__llseek, fd, static_cast<long>(offset >> 32),
                          static_cast<unsigned long>(offset), position, whence);
}

}  // namespace sysgate::arch
