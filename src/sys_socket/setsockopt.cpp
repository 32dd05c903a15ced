#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/user_memory.hpp"
#include "src/sys_socket/socket_call.hpp"
#include "src/sys_socket/sockopt_time.hpp"

namespace sysgate::c {
namespace {

[[gnu::noinline]] long set(int fd, int level, int name, const void* value,
                           socklen_t length) noexcept {
  return socket_syscall(SYS_setsockopt, SYS_SETSOCKOPT, fd, level, name, value, length);
}

// A 64-bit time option on a kernel without it (sockopt_time.hpp), as glibc 2.36 does.
long set_time32(int fd, int level, int old, const void* value, socklen_t length) noexcept {
  if (old == SO_TIMESTAMP_OLD || old == SO_TIMESTAMPNS_OLD)
    return set(fd, level, old, value, length);
  timeval tv;
  if (length < sizeof tv) return -EINVAL;
  if (!internal::user_read(&tv, value, sizeof tv)) return -EFAULT;
  if (tv.tv_sec != static_cast<int>(tv.tv_sec)) return -EOVERFLOW;
  Timeval32 tv32 = {static_cast<int>(tv.tv_sec), static_cast<int>(tv.tv_usec)};
  return set(fd, level, old, &tv32, sizeof tv32);
}

}  // namespace

SYSGATE_C_FUNCTION(int, setsockopt, (int fd, int level, int name, const void* value, socklen_t length) noexcept) {
  return to_c<int>(Result<int>::from_word(with_time32_fallback(
      level, name, [&](int n) { return set(fd, level, n, value, length); },
      [&](int old) { return set_time32(fd, level, old, value, length); })));
}

}  // namespace sysgate::c
