/* File metadata. struct stat has 64-bit sizes, inode numbers and seconds on both
 * arches (bits/stat_struct.h, the arch's layout, glibc's). */
#ifndef SYSGATE_SYS_STAT_H
#define SYSGATE_SYS_STAT_H
#include <bits/cdefs.h>
#include <bits/kernel_fcntl.h>
#include <bits/kernel_stat.h>
#include <bits/stat_struct.h>
#define __NEED_dev_t
#define __NEED_ino_t
#define __NEED_mode_t
#define __NEED_nlink_t
#define __NEED_uid_t
#define __NEED_gid_t
#define __NEED_off_t
#define __NEED_blksize_t
#define __NEED_blkcnt_t
#define __NEED_time_t
#define __NEED_struct_timespec
#include <bits/alltypes.h>

#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

#define S_ISDIR(mode) (((mode)&S_IFMT) == S_IFDIR)
#define S_ISCHR(mode) (((mode)&S_IFMT) == S_IFCHR)
#define S_ISBLK(mode) (((mode)&S_IFMT) == S_IFBLK)
#define S_ISREG(mode) (((mode)&S_IFMT) == S_IFREG)
#define S_ISFIFO(mode) (((mode)&S_IFMT) == S_IFIFO)
#define S_ISLNK(mode) (((mode)&S_IFMT) == S_IFLNK)
#define S_ISSOCK(mode) (((mode)&S_IFMT) == S_IFSOCK)

/* utimensat's special nanoseconds: the kernel's (include/linux/stat.h), which the UAPI
 * headers do not export. */
#define UTIME_NOW ((1l << 30) - 1l)
#define UTIME_OMIT ((1l << 30) - 2l)

SYSGATE_BEGIN_C
int stat(const char* __restrict path, struct stat* __restrict buf) SYSGATE_NOEXCEPT;
int fstat(int fd, struct stat* buf) SYSGATE_NOEXCEPT;
int lstat(const char* __restrict path, struct stat* __restrict buf) SYSGATE_NOEXCEPT;
int fstatat(int dirfd, const char* __restrict path, struct stat* __restrict buf,
            int flags) SYSGATE_NOEXCEPT;
int chmod(const char* path, mode_t mode) SYSGATE_NOEXCEPT;
int fchmod(int fd, mode_t mode) SYSGATE_NOEXCEPT;
int fchmodat(int dirfd, const char* path, mode_t mode, int flags) SYSGATE_NOEXCEPT;
mode_t umask(mode_t mask) SYSGATE_NOEXCEPT;
int mkdir(const char* path, mode_t mode) SYSGATE_NOEXCEPT;
int mkdirat(int dirfd, const char* path, mode_t mode) SYSGATE_NOEXCEPT;
int mknod(const char* path, mode_t mode, dev_t device) SYSGATE_NOEXCEPT;
int mknodat(int dirfd, const char* path, mode_t mode, dev_t device) SYSGATE_NOEXCEPT;
int mkfifo(const char* path, mode_t mode) SYSGATE_NOEXCEPT;
int mkfifoat(int dirfd, const char* path, mode_t mode) SYSGATE_NOEXCEPT;
/* times[0] is the access time, times[1] the modification time; NULL: both now. */
int utimensat(int dirfd, const char* path, const struct timespec times[2],
              int flags) SYSGATE_NOEXCEPT;
int futimens(int fd, const struct timespec times[2]) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
