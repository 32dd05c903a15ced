/* <stdio.h>. So far: the formatting functions that need no FILE (the snprintf family,
 * dprintf, asprintf) over one engine (src/stdio/format.hpp) whose output is glibc's to
 * the byte, and sscanf over the scan engine (src/stdio/scan.hpp). FILE streams come
 * with the rest of stdio. */
#ifndef SYSGATE_STDIO_H
#define SYSGATE_STDIO_H
#include <bits/cdefs.h>
#define __need_NULL
#include <stddef.h>
#define __NEED_size_t
#define __NEED___isoc_va_list
#include <bits/alltypes.h>

#define EOF (-1)

#define SYSGATE_PRINTF(format_index, first_arg) \
  __attribute__((__format__(__printf__, format_index, first_arg)))
#define SYSGATE_SCANF(format_index, first_arg) \
  __attribute__((__format__(__scanf__, format_index, first_arg)))

SYSGATE_BEGIN_C
int snprintf(char* __restrict s, size_t n, const char* __restrict format, ...) SYSGATE_NOEXCEPT
    SYSGATE_PRINTF(3, 4);
int vsnprintf(char* __restrict s, size_t n, const char* __restrict format,
              __isoc_va_list args) SYSGATE_NOEXCEPT SYSGATE_PRINTF(3, 0);
int sprintf(char* __restrict s, const char* __restrict format, ...) SYSGATE_NOEXCEPT
    SYSGATE_PRINTF(2, 3);
int vsprintf(char* __restrict s, const char* __restrict format,
             __isoc_va_list args) SYSGATE_NOEXCEPT SYSGATE_PRINTF(2, 0);
int asprintf(char** __restrict out, const char* __restrict format, ...) SYSGATE_NOEXCEPT
    SYSGATE_PRINTF(2, 3);
int vasprintf(char** __restrict out, const char* __restrict format,
              __isoc_va_list args) SYSGATE_NOEXCEPT SYSGATE_PRINTF(2, 0);
int dprintf(int fd, const char* __restrict format, ...) SYSGATE_NOEXCEPT SYSGATE_PRINTF(2, 3);
int vdprintf(int fd, const char* __restrict format, __isoc_va_list args) SYSGATE_NOEXCEPT
    SYSGATE_PRINTF(2, 0);
int sscanf(const char* __restrict s, const char* __restrict format, ...) SYSGATE_NOEXCEPT
    SYSGATE_SCANF(2, 3);
int vsscanf(const char* __restrict s, const char* __restrict format,
            __isoc_va_list args) SYSGATE_NOEXCEPT SYSGATE_SCANF(2, 0);
SYSGATE_END_C

/* Renaming (posix-files branch). */
SYSGATE_BEGIN_C
int rename(const char* old_path, const char* new_path) SYSGATE_NOEXCEPT;
int renameat(int old_dirfd, const char* old_path, int new_dirfd,
             const char* new_path) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
