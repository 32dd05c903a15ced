// What the x86_64 vDSO is: ELF64 for EM_X86_64, every function LINUX_2.6, every time
// function writing the C API's own structs.
#pragma once
#include <bits/kernel_elf.h>
#include <stdint.h>

namespace sysgate::arch {

inline constexpr uint16_t vdso_machine = EM_X86_64;
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
    .clock_gettime = "__vdso_clock_gettime",
    .clock_getres = "__vdso_clock_getres",
    .gettimeofday = "__vdso_gettimeofday",
    .time = "__vdso_time",
};

}  // namespace sysgate::arch
