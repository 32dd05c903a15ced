// How the x86_64 kernel interface differs from the common one, as data for the portable
// code to read. x86_64 is the common case.
#pragma once
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

namespace sysgate::arch {

// mmap takes the file offset in bytes.
inline constexpr long sys_mmap = SYS_mmap;
inline constexpr int mmap_offset_shift = 0;

// A 64-bit lseek, as i386's _llseek is called: 0 or a negated errno, the new offset
// stored through `position`.
inline long llseek(int fd, long long offset, int whence, long long* position) noexcept {
  long word = sysgate::syscall(SYS_lseek, fd, offset, whence);
  if (is_error_word(word)) return word;
  *position = word;
  return 0;
}

}  // namespace sysgate::arch
