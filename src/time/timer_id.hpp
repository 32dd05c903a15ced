// timer_t holds the kernel's timer id, as glibc (2.34+) keeps it for SIGEV_SIGNAL and
// SIGEV_NONE timers: a bad timer_t reaches the kernel, which answers EINVAL.
#pragma once
#include <stdint.h>
#include <time.h>

namespace sysgate::timer_id {

inline int kernel_id(timer_t timer) { return static_cast<int>(reinterpret_cast<intptr_t>(timer)); }
inline timer_t from_kernel(int id) { return reinterpret_cast<timer_t>(static_cast<intptr_t>(id)); }

}  // namespace sysgate::timer_id
