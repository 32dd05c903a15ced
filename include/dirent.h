/* Directory streams over getdents64. struct dirent is glibc's 64-bit one on both
 * arches (bits/dirent_struct.h). */
#ifndef SYSGATE_DIRENT_H
#define SYSGATE_DIRENT_H
#include <bits/cdefs.h>
#include <bits/dirent_struct.h>
#include <bits/kernel_stat.h>
#define __NEED_ino_t
#define __NEED_off_t
#include <bits/alltypes.h>

typedef struct __dirstream DIR;

/* d_type: the file type bits of st_mode, shifted down (the kernel's fs_types). */
#define DT_UNKNOWN 0
#define DT_FIFO (S_IFIFO >> 12)
#define DT_CHR (S_IFCHR >> 12)
#define DT_DIR (S_IFDIR >> 12)
#define DT_BLK (S_IFBLK >> 12)
#define DT_REG (S_IFREG >> 12)
#define DT_LNK (S_IFLNK >> 12)
#define DT_SOCK (S_IFSOCK >> 12)
#define DT_WHT 14
#define IFTODT(mode) (((mode)&S_IFMT) >> 12)
#define DTTOIF(type) ((type) << 12)

SYSGATE_BEGIN_C
DIR* opendir(const char* path) SYSGATE_NOEXCEPT;
DIR* fdopendir(int fd) SYSGATE_NOEXCEPT;
struct dirent* readdir(DIR* dir) SYSGATE_NOEXCEPT;
int readdir_r(DIR* __restrict dir, struct dirent* __restrict entry,
              struct dirent** __restrict result) SYSGATE_NOEXCEPT;
int closedir(DIR* dir) SYSGATE_NOEXCEPT;
void rewinddir(DIR* dir) SYSGATE_NOEXCEPT;
int dirfd(DIR* dir) SYSGATE_NOEXCEPT;
long telldir(DIR* dir) SYSGATE_NOEXCEPT;
void seekdir(DIR* dir, long position) SYSGATE_NOEXCEPT;
int scandir(const char* __restrict path, struct dirent*** __restrict list,
            int (*filter)(const struct dirent*),
            int (*compare)(const struct dirent**, const struct dirent**)) SYSGATE_NOEXCEPT;
int alphasort(const struct dirent** a, const struct dirent** b) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
