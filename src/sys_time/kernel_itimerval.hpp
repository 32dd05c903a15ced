// The kernel's itimerval: two timevals of longs. Where long is narrower than time_t
// (i386) it is not the C API's struct and the seconds must fit 32 bits; there is no
// 64-bit setitimer syscall.
#pragma once
#include <sys/time.h>

namespace sysgate::itimer {

struct KernelTimeval {
  long tv_sec;
  long tv_usec;
};
struct KernelItimerval {
  KernelTimeval it_interval;
  KernelTimeval it_value;
};

inline constexpr bool same_layout = sizeof(long) == sizeof(time_t);

inline bool narrow(const timeval& from, KernelTimeval* to) {
  to->tv_sec = static_cast<long>(from.tv_sec);
  to->tv_usec = from.tv_usec;
  return to->tv_sec == from.tv_sec;
}

inline void widen(const KernelItimerval& from, itimerval* to) {
  to->it_interval.tv_sec = from.it_interval.tv_sec;
  to->it_interval.tv_usec = from.it_interval.tv_usec;
  to->it_value.tv_sec = from.it_value.tv_sec;
  to->it_value.tv_usec = from.it_value.tv_usec;
}

}  // namespace sysgate::itimer
