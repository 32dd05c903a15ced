/* File-system statistics, in glibc's struct statvfs (64-bit counts on both arches). */
#ifndef SYSGATE_SYS_STATVFS_H
#define SYSGATE_SYS_STATVFS_H
#include <bits/cdefs.h>
#include <bits/kernel_mount.h>
#include <bits/statvfs_struct.h>

/* f_flag: the kernel's statfs f_flags (include/linux/statfs.h, not exported to the
 * UAPI headers), most of them the MS_* mount flags' values. */
#define ST_RDONLY MS_RDONLY
#define ST_NOSUID MS_NOSUID
#define ST_NODEV MS_NODEV
#define ST_NOEXEC MS_NOEXEC
#define ST_SYNCHRONOUS MS_SYNCHRONOUS
#define ST_MANDLOCK MS_MANDLOCK
#define ST_WRITE 128
#define ST_APPEND 256
#define ST_IMMUTABLE 512
#define ST_NOATIME MS_NOATIME
#define ST_NODIRATIME MS_NODIRATIME
#define ST_RELATIME 4096

SYSGATE_BEGIN_C
int statvfs(const char* __restrict path, struct statvfs* __restrict buf) SYSGATE_NOEXCEPT;
int fstatvfs(int fd, struct statvfs* buf) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
