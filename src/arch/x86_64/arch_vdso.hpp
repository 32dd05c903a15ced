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
  const char* clock_gettime;    // struct timespec, 64-bit seconds (the C API's)
  const char* clock_gettime32;  // the kernel's old_timespec32
  const char* clock_getres;     // struct timespec
  const char* clock_getres32;   // old_timespec32
  const char* gettimeofday;     // struct timeval, 64-bit seconds
  const char* time;             // time_t, 64-bit
};
inline constexpr VdsoTimeSymbols vdso_time_symbols{
    "__vdso_clock_gettime", nullptr, "__vdso_clock_getres", nullptr, "__vdso_gettimeofday",
    "__vdso_time"};

}  // namespace sysgate::arch
