#include <errno.h>

// The C ABI's errno for the asm functions (vfork) that enter the kernel themselves:
// they jump here with the kernel's error word (-4095..-1) and return what this returns.
extern "C" long sysgate_syscall_error(long word) noexcept;

extern "C" long sysgate_syscall_error(long word) noexcept {
  errno = static_cast<int>(-word);
  return -1;
}
