// The contract every src/arch/<arch>/time.cpp fulfils: the time calls, each through
// the vDSO where it can and the best syscall where it cannot, returning the kernel's
// word, 0 or -errno. The C functions in src/time wrap them.
#pragma once
#include <time.h>

struct timeval;

namespace sysgate::arch {

long clock_gettime(clockid_t clock, timespec* ts) noexcept;
long clock_getres(clockid_t clock, timespec* res) noexcept;
long gettimeofday(timeval* tv) noexcept;
long time(time_t* out) noexcept;  // `out` must be valid: the wrapper's own local
long getcpu(unsigned* cpu) noexcept;
long nanosleep(const timespec* request, timespec* remaining) noexcept;

}  // namespace sysgate::arch
