// struct rusage as the kernel writes it: its times are two longs each, so on i386
// (32-bit long) they are narrower than the libc's 64-bit struct timeval and must be
// widened; where long is 64-bit the two layouts are one.
#pragma once
#include <sys/resource.h>

namespace sysgate::resource {

struct KernelRusage {
  long utime_sec, utime_usec, stime_sec, stime_usec;
  long rest[14];  // ru_maxrss .. ru_nivcsw
};

inline constexpr bool rusage_needs_widening = sizeof(KernelRusage) != sizeof(rusage);

inline void widen(const KernelRusage& k, rusage* to) noexcept {
  to->ru_utime.tv_sec = k.utime_sec;
  to->ru_utime.tv_usec = k.utime_usec;
  to->ru_stime.tv_sec = k.stime_sec;
  to->ru_stime.tv_usec = k.stime_usec;
  long* fields = &to->ru_maxrss;
  for (int i = 0; i < 14; ++i) fields[i] = k.rest[i];
}

// Calls f(kernel_usage_pointer) with the pointer the kernel should write, then widens
// into usage where needed.
template <class F>
inline long with_kernel_rusage(rusage* usage, F f) noexcept {
  if constexpr (!rusage_needs_widening) {
    return f(reinterpret_cast<KernelRusage*>(usage));
  } else {
    if (!usage) return f(static_cast<KernelRusage*>(nullptr));
    KernelRusage k;
    long r = f(&k);
    if (r >= 0) widen(k, usage);
    return r;
  }
}

}  // namespace sysgate::resource
