// The stat the x86_64 kernel writes (newfstatat's struct stat, asm/stat.h) is the
// libc's own struct stat: no conversion. Checked against asm/stat.h by
// tests/unit/core/test_kernel_layouts.cpp.
#pragma once
#include <bits/stat_struct.h>
#include <sys/syscall.h>

namespace sysgate::arch {

using KernelStat = struct stat;
static_assert(sizeof(KernelStat) == 144);

inline constexpr long sys_fstatat = SYS_newfstatat;
inline constexpr bool kernel_stat_is_libc_stat = true;

}  // namespace sysgate::arch
