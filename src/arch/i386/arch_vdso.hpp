// What the i386 vDSO is: ELF32 for EM_386. Its functions are LINUX_2.6 (LINUX_2.5 for
// __kernel_vsyscall and the sigreturn trampolines). Its 32-bit time functions write
// old_timespec32; Linux >= 5.3 adds the 64-bit clock_gettime64.
#pragma once
#include <bits/kernel_elf.h>
#include <stdint.h>

namespace sysgate::arch {

inline constexpr uint16_t vdso_machine = EM_386;
inline constexpr const char* vdso_version = "LINUX_2.6";

// The time functions, by the struct they write. nullptr: this vDSO has none.
struct VdsoTimeSymbols {
  const char* clock_gettime = nullptr;    // struct timespec, 64-bit seconds (the C API's)
  const char* clock_gettime32 = nullptr;  // the kernel's old_timespec32
  const char* clock_getres = nullptr;     // struct timespec
  const char* clock_getres32 = nullptr;   // old_timespec32
  const char* gettimeofday = nullptr;     // struct timeval, 64-bit seconds
  const char* time = nullptr;             // time_t, 64-bit
};
inline constexpr VdsoTimeSymbols vdso_time_symbols{
    .clock_gettime = "__vdso_clock_gettime64",
    .clock_gettime32 = "__vdso_clock_gettime",
    .clock_getres32 = "__vdso_clock_getres",
};

}  // namespace sysgate::arch
