// The kernel's old_timespec32, which the 32-bit time syscalls i386 falls back to
// (Linux < 5.1: no *_time64 calls) read and write.
#pragma once
#include <stdint.h>
#include <time.h>

namespace sysgate::internal {

struct Timespec32 {
  int32_t tv_sec;
  int32_t tv_nsec;
};

// False when the seconds do not fit (the caller answers EOVERFLOW).
inline bool narrow(const timespec& from, Timespec32* to) noexcept {
  to->tv_sec = static_cast<int32_t>(from.tv_sec);
  to->tv_nsec = static_cast<int32_t>(from.tv_nsec);
  return to->tv_sec == from.tv_sec;
}

inline void widen(const Timespec32& from, timespec* to) noexcept {
  to->tv_sec = from.tv_sec;
  to->tv_nsec = from.tv_nsec;
}

}  // namespace sysgate::internal
