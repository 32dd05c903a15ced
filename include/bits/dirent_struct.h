/* struct dirent: glibc's 64-bit layout, whose header is the kernel's linux_dirent64
 * (what getdents64 writes: d_ino, d_off, d_reclen, d_type, then the name). */
#ifndef SYSGATE_BITS_DIRENT_STRUCT_H
#define SYSGATE_BITS_DIRENT_STRUCT_H
#define __NEED_ino_t
#define __NEED_off_t
#include <bits/alltypes.h>

struct dirent {
  ino_t d_ino;
  off_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[256];
};
#endif
