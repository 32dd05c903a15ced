// How the x86_64 kernel interface differs from the common one, as data for the portable
// code to read. x86_64 is the common case.
#pragma once
#include <sys/syscall.h>

namespace sysgate::arch {

// mmap takes the file offset in bytes.
inline constexpr long sys_mmap = SYS_mmap;
inline constexpr int mmap_offset_shift = 0;

}  // namespace sysgate::arch
