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

// Files (posix-files branch): every offset is one word.
inline constexpr bool offset_in_two_words = false;
inline constexpr long sys_pread = SYS_pread64;
inline constexpr long sys_pwrite = SYS_pwrite64;
inline constexpr long sys_truncate = SYS_truncate;
inline constexpr long sys_ftruncate = SYS_ftruncate;
inline constexpr long sys_llseek = 0;  // lseek takes the whole offset
inline constexpr long sys_fcntl = SYS_fcntl;
inline constexpr long sys_sendfile = SYS_sendfile;
inline constexpr long sys_statfs = SYS_statfs;
inline constexpr long sys_fstatfs = SYS_fstatfs;
inline constexpr bool statfs_takes_size = false;
inline constexpr long sys_fchown = SYS_fchown;
inline constexpr bool open_adds_largefile = false;  // the kernel forces O_LARGEFILE

// Sockets (sockets branch): the direct syscalls only; there is no socketcall.
inline constexpr bool has_socketcall = false;
inline constexpr long sys_socketcall = 0;

}  // namespace sysgate::arch
