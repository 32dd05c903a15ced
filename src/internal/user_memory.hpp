// Whether a caller's buffer can take `size` bytes, asked of the kernel. A function
// that converts a kernel struct into the caller's (i386 stat, statvfs, tcgetattr)
// writes it from user space, where a bad pointer is a crash; the kernel answers
// EFAULT instead. getcpu writes a word through each of its two pointers: the first
// and the last four bytes of the buffer, so every page it spans (it is smaller than a
// page) is known writable. Their contents are garbage until the caller's copy.
#pragma once
#include <stddef.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

namespace sysgate::internal {

inline bool user_writable(void* buffer, size_t size) noexcept {
  auto* bytes = static_cast<unsigned char*>(buffer);
  return sysgate::syscall(SYS_getcpu, bytes, bytes + size - 4, nullptr) == 0;
}

}  // namespace sysgate::internal
