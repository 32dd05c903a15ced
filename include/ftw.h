/* File-tree walks: nftw, and ftw on top of it. */
#ifndef SYSGATE_FTW_H
#define SYSGATE_FTW_H
#include <bits/cdefs.h>
#include <bits/stat_struct.h>

/* What the callback is told about a file (glibc's values). */
enum {
  FTW_F,   /* a file */
  FTW_D,   /* a directory, before its contents */
  FTW_DNR, /* a directory that cannot be read */
  FTW_NS,  /* a file that cannot be stat'ed */
  FTW_SL,  /* a symbolic link (FTW_PHYS) */
  FTW_DP,  /* a directory, after its contents (FTW_DEPTH) */
  FTW_SLN  /* a symbolic link to nothing */
};

/* nftw's flags. */
enum {
  FTW_PHYS = 1,  /* do not follow symbolic links */
  FTW_MOUNT = 2, /* stay on the starting file system */
  FTW_CHDIR = 4, /* chdir to each directory before its contents */
  FTW_DEPTH = 8  /* directories after their contents */
};

struct FTW {
  int base;  /* offset of the file's name in the path */
  int level; /* depth below the starting point */
};

SYSGATE_BEGIN_C
int ftw(const char* path, int (*function)(const char*, const struct stat*, int),
        int descriptors) SYSGATE_NOEXCEPT;
int nftw(const char* path, int (*function)(const char*, const struct stat*, int, struct FTW*),
         int descriptors, int flags) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
