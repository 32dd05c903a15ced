// The checked layer for <unistd.h>: each call returns a Result, never touches errno.
#pragma once
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

namespace sysgate {

inline Result<ssize_t> read(int fd, void* buf, size_t count) noexcept {
  return checked_syscall<ssize_t>(SYS_read, fd, buf, count);
}
inline Result<ssize_t> write(int fd, const void* buf, size_t count) noexcept {
  return checked_syscall<ssize_t>(SYS_write, fd, buf, count);
}
inline Result<int> close(int fd) noexcept { return checked_syscall<int>(SYS_close, fd); }
inline pid_t getpid() noexcept { return static_cast<pid_t>(syscall(SYS_getpid)); }
inline pid_t getppid() noexcept { return static_cast<pid_t>(syscall(SYS_getppid)); }
[[noreturn]] inline void exit_group(int status) noexcept {
  for (;;) syscall(SYS_exit_group, status);
}

}  // namespace sysgate
