// Whether a caller's buffer can take `size` bytes, asked of the kernel (and user_read
// below: copying from one safely). A function
// that converts a kernel struct into the caller's (i386 stat, statvfs, tcgetattr)
// writes it from user space, where a bad pointer is a crash; the kernel answers
// EFAULT instead. getcpu writes a word through each of its two pointers: the first
// and the last four bytes of the buffer, so every page it spans (it is smaller than a
// page) is known writable. Their contents are garbage until the caller's copy.
#pragma once
#include <errno.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <sys/uio.h>

#include <sysgate/syscall.hpp>

namespace sysgate::internal {

inline bool user_writable(void* buffer, size_t size) noexcept {
  auto* bytes = static_cast<unsigned char*>(buffer);
  return sysgate::syscall(SYS_getcpu, bytes, bytes + size - 4, nullptr) == 0;
}

// Copies `size` (at most a page) bytes of a caller's buffer, asked of the kernel
// (process_vm_readv from this very process): false (EFAULT) where they cannot be read,
// not a crash. Where that call is missing (ENOSYS: qemu-user, seccomp) or refused
// (EPERM), the pages are asked of mincore (mapped is taken for readable; ENOMEM: not),
// then copied.
inline bool user_read(void* to, const void* from, size_t size) noexcept {
  struct iovec local = {to, size};
  struct iovec remote = {const_cast<void*>(from), size};
  long n = sysgate::syscall(SYS_process_vm_readv, sysgate::syscall(SYS_getpid), &local, 1, &remote,
                            1, 0);
  if (n == static_cast<long>(size)) return true;
  if (n != -ENOSYS && n != -EPERM) return false;
  const unsigned long page = 4096;
  unsigned long first = reinterpret_cast<unsigned long>(from) & ~(page - 1);
  unsigned long end = reinterpret_cast<unsigned long>(from) + size;
  if (end < first || end - first > 2 * page) return false;
  unsigned char resident[2];
  if (sysgate::syscall(SYS_mincore, first, end - first, resident) != 0) return false;
  __builtin_memcpy(to, from, size);
  return true;
}

}  // namespace sysgate::internal
