// The checked layer for time: the vDSO where the kernel offers it, else the syscall.
#pragma once
#include <time.h>

#include <sysgate/result.hpp>

namespace sysgate {

Result<int> clock_gettime(clockid_t clock, timespec* ts) noexcept;
Result<int> clock_getres(clockid_t clock, timespec* res) noexcept;
Result<int> nanosleep(const timespec* request, timespec* remaining) noexcept;
// The CPU the caller runs on.
Result<int> current_cpu() noexcept;

}  // namespace sysgate
