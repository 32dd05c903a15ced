#include <string.h>
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

[[gnu::noinline]] long get(int fd, int level, int name, void* value, socklen_t* length) noexcept {
  return socket_syscall(SYS_getsockopt, SYS_GETSOCKOPT, fd, level, name, value, length);
}

// A 64-bit time option on a kernel without it (sockopt_time.hpp), as glibc 2.36 does.
long get_time32(int fd, int level, int old, void* value, socklen_t* length) noexcept {
  if (old == SO_TIMESTAMP_OLD || old == SO_TIMESTAMPNS_OLD)
    return get(fd, level, old, value, length);
  socklen_t given;
  if (!internal::user_read(&given, length, sizeof given)) return -EFAULT;
  timeval tv;
  if (given < sizeof tv) return -EINVAL;
  Timeval32 tv32;
  socklen_t length32 = sizeof tv32;
  long word = get(fd, level, old, &tv32, &length32);
  if (word < 0) return word;
  tv = timeval{};
  tv.tv_sec = tv32.tv_sec;
  tv.tv_usec = tv32.tv_usec;
  if (!internal::user_writable(value, sizeof tv) || !internal::user_writable(length, sizeof given))
    return -EFAULT;
  memcpy(value, &tv, sizeof tv);
  *length = sizeof tv;
  return word;
}

}  // namespace

SYSGATE_C_FUNCTION(int, getsockopt, (int fd, int level, int name, void* value, socklen_t* length) noexcept) {
  return to_c<int>(Result<int>::from_word(with_time32_fallback(
      level, name, [&](int n) { return get(fd, level, n, value, length); },
      [&](int old) { return get_time32(fd, level, old, value, length); })));
}

}  // namespace sysgate::c
