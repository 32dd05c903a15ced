// The kernel's structs as sysgate writes them (src/internal/kernel_*.hpp, the arch's
// arch_kernel_stat.hpp) against the kernel's own UAPI headers. Compile-time checks
// only: the UAPI headers clash with glibc's (and so with Catch2), so this file
// includes neither, and a wrong layout fails the build.
#include <asm/signal.h>
#include <asm/stat.h>
#include <asm/statfs.h>
#include <asm/termbits.h>
#include <linux/stat.h>
#include <stddef.h>

#include "src/internal/kernel_dirent.hpp"
#include "src/internal/kernel_signal.hpp"
#include "src/internal/kernel_statfs.hpp"
#include "src/internal/kernel_statx.hpp"
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

// statx's struct (i386's stat converts from it).
using sysgate::internal::KernelStatx;
using UapiStatx = struct statx;
static_assert(sizeof(KernelStatx) == sizeof(UapiStatx));
SAME_FIELD(KernelStatx, UapiStatx, stx_mask, stx_mask)
SAME_FIELD(KernelStatx, UapiStatx, stx_blksize, stx_blksize)
SAME_FIELD(KernelStatx, UapiStatx, stx_nlink, stx_nlink)
SAME_FIELD(KernelStatx, UapiStatx, stx_uid, stx_uid)
SAME_FIELD(KernelStatx, UapiStatx, stx_gid, stx_gid)
SAME_FIELD(KernelStatx, UapiStatx, stx_mode, stx_mode)
SAME_FIELD(KernelStatx, UapiStatx, stx_ino, stx_ino)
SAME_FIELD(KernelStatx, UapiStatx, stx_size, stx_size)
SAME_FIELD(KernelStatx, UapiStatx, stx_blocks, stx_blocks)
SAME_FIELD(KernelStatx, UapiStatx, stx_atime, stx_atime)
SAME_FIELD(KernelStatx, UapiStatx, stx_ctime, stx_ctime)
SAME_FIELD(KernelStatx, UapiStatx, stx_mtime, stx_mtime)
SAME_FIELD(KernelStatx, UapiStatx, stx_rdev_major, stx_rdev_major)
SAME_FIELD(KernelStatx, UapiStatx, stx_rdev_minor, stx_rdev_minor)
SAME_FIELD(KernelStatx, UapiStatx, stx_dev_major, stx_dev_major)
SAME_FIELD(KernelStatx, UapiStatx, stx_dev_minor, stx_dev_minor)
static_assert(offsetof(KernelStatx, stx_atime.tv_nsec) == offsetof(UapiStatx, stx_atime.tv_nsec));

// What statfs64 (i386) and statfs (x86_64) write: the one KernelStatfs.
using sysgate::internal::KernelStatfs;
#ifdef __i386__
using UapiStatfs = struct statfs64;
#else
using UapiStatfs = struct statfs;
#endif
static_assert(sizeof(KernelStatfs) == sizeof(UapiStatfs));
SAME_FIELD(KernelStatfs, UapiStatfs, f_type, f_type)
SAME_FIELD(KernelStatfs, UapiStatfs, f_bsize, f_bsize)
SAME_FIELD(KernelStatfs, UapiStatfs, f_blocks, f_blocks)
SAME_FIELD(KernelStatfs, UapiStatfs, f_bfree, f_bfree)
SAME_FIELD(KernelStatfs, UapiStatfs, f_bavail, f_bavail)
SAME_FIELD(KernelStatfs, UapiStatfs, f_files, f_files)
SAME_FIELD(KernelStatfs, UapiStatfs, f_ffree, f_ffree)
SAME_FIELD(KernelStatfs, UapiStatfs, f_fsid, f_fsid)
SAME_FIELD(KernelStatfs, UapiStatfs, f_namelen, f_namelen)
SAME_FIELD(KernelStatfs, UapiStatfs, f_frsize, f_frsize)
SAME_FIELD(KernelStatfs, UapiStatfs, f_flags, f_flags)
