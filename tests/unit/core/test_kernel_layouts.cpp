// The kernel's structs as sysgate writes them (src/internal/kernel_*.hpp, the arch's
// arch_kernel_stat.hpp) against the kernel's own UAPI headers. Compile-time checks
// only: the UAPI headers clash with glibc's (and so with Catch2), so this file
// includes neither, and a wrong layout fails the build.
#include <asm/signal.h>
#include <asm/stat.h>
#include <asm/termbits.h>
#include <stddef.h>

#include "src/internal/kernel_dirent.hpp"
#include "src/internal/kernel_signal.hpp"
#include "src/internal/kernel_termios.hpp"

#define SAME_FIELD(Ours, Theirs, our_field, their_field)                     \
  static_assert(offsetof(Ours, our_field) == offsetof(Theirs, their_field)); \
  static_assert(sizeof(Ours::our_field) == sizeof(Theirs::their_field));

#ifdef __i386__
#include "arch_kernel_stat.hpp"
using KernelStat = sysgate::arch::KernelStat;
using UapiStat = struct stat64;
SAME_FIELD(KernelStat, UapiStat, st_ino_low, __st_ino)
SAME_FIELD(KernelStat, UapiStat, st_nlink, st_nlink)
SAME_FIELD(KernelStat, UapiStat, st_atime_sec, st_atime)
SAME_FIELD(KernelStat, UapiStat, st_ctime_nsec, st_ctime_nsec)
#else
// x86_64's kernel stat is the libc's struct stat itself (arch_kernel_stat.hpp).
namespace ours {
#include "bits/stat_struct.h"
}
using KernelStat = struct ours::stat;
using UapiStat = struct stat;
SAME_FIELD(KernelStat, UapiStat, st_nlink, st_nlink)
// The kernel spells each timespec as two words.
static_assert(offsetof(KernelStat, st_atim) == offsetof(UapiStat, st_atime));
static_assert(offsetof(KernelStat, st_atim.tv_nsec) == offsetof(UapiStat, st_atime_nsec));
static_assert(offsetof(KernelStat, st_ctim.tv_nsec) == offsetof(UapiStat, st_ctime_nsec));
#endif
static_assert(sizeof(KernelStat) == sizeof(UapiStat));
SAME_FIELD(KernelStat, UapiStat, st_dev, st_dev)
SAME_FIELD(KernelStat, UapiStat, st_ino, st_ino)
SAME_FIELD(KernelStat, UapiStat, st_mode, st_mode)
SAME_FIELD(KernelStat, UapiStat, st_uid, st_uid)
SAME_FIELD(KernelStat, UapiStat, st_gid, st_gid)
SAME_FIELD(KernelStat, UapiStat, st_rdev, st_rdev)
SAME_FIELD(KernelStat, UapiStat, st_size, st_size)
SAME_FIELD(KernelStat, UapiStat, st_blksize, st_blksize)
SAME_FIELD(KernelStat, UapiStat, st_blocks, st_blocks)

using sysgate::internal::KernelTermios;
using UapiTermios = struct termios;
static_assert(sizeof(KernelTermios) == sizeof(UapiTermios));
SAME_FIELD(KernelTermios, UapiTermios, c_iflag, c_iflag)
SAME_FIELD(KernelTermios, UapiTermios, c_lflag, c_lflag)
SAME_FIELD(KernelTermios, UapiTermios, c_line, c_line)
SAME_FIELD(KernelTermios, UapiTermios, c_cc, c_cc)

// rt_sigaction's struct. The UAPI declares it as such only on x86_64: i386's UAPI
// struct sigaction is the old sigaction's (mask second, one-word sigset_t).
#ifndef __i386__
using sysgate::internal::KernelSigaction;
using UapiSigaction = struct sigaction;
static_assert(sizeof(KernelSigaction) == sizeof(UapiSigaction));
static_assert(offsetof(KernelSigaction, handler) == offsetof(UapiSigaction, sa_handler));
static_assert(offsetof(KernelSigaction, flags) == offsetof(UapiSigaction, sa_flags));
static_assert(offsetof(KernelSigaction, restorer) == offsetof(UapiSigaction, sa_restorer));
static_assert(offsetof(KernelSigaction, mask) == offsetof(UapiSigaction, sa_mask));
#endif
