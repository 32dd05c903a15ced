// How the i386 kernel interface differs from the common one, as data for the portable
// code to read.
#pragma once
#include <sys/syscall.h>

namespace sysgate::arch {

// The plain mmap takes a pointer to its six arguments; mmap2 takes them in registers,
// with the file offset in 4096-byte units (whatever the page size).
inline constexpr long sys_mmap = SYS_mmap2;
inline constexpr int mmap_offset_shift = 12;

}  // namespace sysgate::arch
