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

// Files (posix-files branch). The 64-bit-offset calls: a 64-bit offset or length
// travels as two words, low first, after the other arguments (pread64, pwrite64,
// truncate64, ftruncate64); lseek is _llseek(fd, high, low, &result, whence).
inline constexpr bool offset_in_two_words = true;
inline constexpr long sys_pread = SYS_pread64;
inline constexpr long sys_pwrite = SYS_pwrite64;
inline constexpr long sys_truncate = SYS_truncate64;
inline constexpr long sys_ftruncate = SYS_ftruncate64;
inline constexpr long sys_llseek = SYS__llseek;  // 0 where lseek takes the whole offset
inline constexpr long sys_fcntl = SYS_fcntl64;   // whose F_*LK64 read struct flock64
inline constexpr long sys_sendfile = SYS_sendfile64;
// statfs64(path, sizeof buf, buf): the struct's size is an argument.
inline constexpr long sys_statfs = SYS_statfs64;
inline constexpr long sys_fstatfs = SYS_fstatfs64;
inline constexpr bool statfs_takes_size = true;
// The plain chown calls take 16-bit ids; the *32 ones take the whole uid_t.
inline constexpr long sys_fchown = SYS_fchown32;
// open does not add O_LARGEFILE for 32-bit processes: the libc does, or files past
// 2 GiB fail with EOVERFLOW.
inline constexpr bool open_adds_largefile = true;

// Sockets (sockets branch): every socket call has had its own syscall since Linux 4.3;
// before, only socketcall(call, args[]) multiplexed them. The portable code tries the
// direct one and falls back on ENOSYS (src/sys_socket/socket_call.hpp).
inline constexpr bool has_socketcall = true;
inline constexpr long sys_socketcall = SYS_socketcall;

}  // namespace sysgate::arch
