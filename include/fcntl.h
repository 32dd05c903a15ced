/* Opening files and controlling descriptors. Offsets are 64-bit on both arches: on
 * i386 open adds O_LARGEFILE and fcntl goes through fcntl64, whose lock commands are
 * the *64 ones (F_GETLK is F_GETLK64 there, as in glibc with _FILE_OFFSET_BITS=64). */
#ifndef SYSGATE_FCNTL_H
#define SYSGATE_FCNTL_H
#include <bits/cdefs.h>
#include <bits/kernel_fcntl.h>
#include <bits/kernel_fs.h>
#include <bits/kernel_stat.h>
#define __NEED_off_t
#define __NEED_pid_t
#define __NEED_mode_t
#include <bits/alltypes.h>

#ifdef F_GETLK64
#undef F_GETLK
#undef F_SETLK
#undef F_SETLKW
#define F_GETLK F_GETLK64
#define F_SETLK F_SETLK64
#define F_SETLKW F_SETLKW64
#endif

/* libc spellings of kernel flags. */
#define O_ASYNC FASYNC
#define O_FSYNC O_SYNC
#define O_RSYNC O_SYNC

/* The kernel's struct flock64 (what fcntl64 and x86_64's fcntl read for F_*LK). */
struct flock {
  short l_type;
  short l_whence;
  off_t l_start;
  off_t l_len;
  pid_t l_pid;
};

SYSGATE_BEGIN_C
int open(const char* path, int flags, ...) SYSGATE_NOEXCEPT;
int openat(int dirfd, const char* path, int flags, ...) SYSGATE_NOEXCEPT;
int creat(const char* path, mode_t mode) SYSGATE_NOEXCEPT;
int fcntl(int fd, int command, ...) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
