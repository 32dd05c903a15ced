// The socket options that carry a time (SO_RCVTIMEO, SO_SNDTIMEO, SO_TIMESTAMP,
// SO_TIMESTAMPNS) on an arch whose kernel long is narrower than sysgate's time_t
// (i386): <sys/socket.h> gives their _NEW numbers (Linux 5.1), with a 64-bit timeval.
// An older kernel answers ENOPROTOOPT; then, as glibc 2.36 does, the _OLD option is
// used, the timeout converted to and from the kernel's 32-bit timeval (SO_TIMESTAMPING
// is not converted, as in glibc). Each call tries the new option first, as glibc's
// does; the hermetic test `sockets` sets __sysgate_sockopt_time32 to go straight to the
// old ones, running the fallback in every environment. recvmsg converts the old
// SCM_TIMESTAMP(NS) such a kernel sends (scm_time32.hpp); recvmmsg does not (glibc does).
#pragma once
#include <errno.h>
#include <sys/socket.h>

// Nonzero: the old options only (src/sys_socket/sockopt_time32.cpp).
extern "C" int __sysgate_sockopt_time32;

namespace sysgate::c {

// Whether SO_RCVTIMEO and the rest are the _NEW options here.
inline constexpr bool sockopt_time64 = SO_RCVTIMEO != SO_RCVTIMEO_OLD;

// The old option for a 64-bit time one at SOL_SOCKET, or 0.
inline int sockopt_time32_name(int level, int name) noexcept {
  if (level != SOL_SOCKET) return 0;
  switch (name) {
    case SO_RCVTIMEO_NEW:
      return SO_RCVTIMEO_OLD;
    case SO_SNDTIMEO_NEW:
      return SO_SNDTIMEO_OLD;
    case SO_TIMESTAMP_NEW:
      return SO_TIMESTAMP_OLD;
    case SO_TIMESTAMPNS_NEW:
      return SO_TIMESTAMPNS_OLD;
    default:
      return 0;
  }
}

// The kernel's answer for option `name`: call(name) for any option; for a 64-bit time
// one, call(name) first and old_call(its old name) where the kernel lacks it (or the
// test forces the old ones).
template <typename Call, typename OldCall>
long with_time32_fallback(int level, int name, Call call, OldCall old_call) noexcept {
  if constexpr (sockopt_time64) {
    if (int old = sockopt_time32_name(level, name)) {
      long word = __sysgate_sockopt_time32 ? -ENOPROTOOPT : call(name);
      return word == -ENOPROTOOPT ? old_call(old) : word;
    }
  }
  return call(name);
}

// The kernel's 32-bit timeval (struct old_timeval32).
struct Timeval32 {
  int tv_sec;
  int tv_usec;
};

}  // namespace sysgate::c
