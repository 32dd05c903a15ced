/* <stdio.h>: FILE streams (src/stdio/file.hpp; buffering as glibc's), the printf family
 * over one engine (src/stdio/format.hpp) whose output is glibc's to the byte, and the
 * scanf family over the scan engine (src/stdio/scan.hpp). */
#ifndef SYSGATE_STDIO_H
#define SYSGATE_STDIO_H
#include <bits/cdefs.h>
#define __need_NULL
#include <stddef.h>
#define __NEED_size_t
#define __NEED_ssize_t
#define __NEED_off_t
#define __NEED___isoc_va_list
#include <bits/alltypes.h>
#include <bits/kernel_fs.h> /* SEEK_SET, SEEK_CUR, SEEK_END; RENAME_* as glibc's */

#define EOF (-1)
#define BUFSIZ 8192
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
#define FILENAME_MAX 4096
#define FOPEN_MAX 16
#define L_tmpnam 20
#define TMP_MAX 238328
#define P_tmpdir "/tmp"

/* Opaque: the layout is the library's own (src/stdio/file.hpp). */
typedef struct _IO_FILE FILE;
/* A stream position (fgetpos/fsetpos): the 64-bit offset. */
typedef struct {
  off_t __position;
  int __state;
} fpos_t;

#define SYSGATE_PRINTF(format_index, first_arg) \
  __attribute__((__format__(__printf__, format_index, first_arg)))
#define SYSGATE_SCANF(format_index, first_arg) \
  __attribute__((__format__(__scanf__, format_index, first_arg)))

SYSGATE_BEGIN_C
extern FILE* stdin;
extern FILE* stdout;
extern FILE* stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

FILE* fopen(const char* __restrict path, const char* __restrict mode) SYSGATE_NOEXCEPT;
FILE* freopen(const char* __restrict path, const char* __restrict mode,
              FILE* __restrict stream) SYSGATE_NOEXCEPT;
FILE* fdopen(int fd, const char* mode) SYSGATE_NOEXCEPT;
FILE* fmemopen(void* __restrict buffer, size_t size, const char* __restrict mode) SYSGATE_NOEXCEPT;
FILE* open_memstream(char** buffer, size_t* size) SYSGATE_NOEXCEPT;
FILE* tmpfile(void) SYSGATE_NOEXCEPT;
/* A free name "/tmp/fileXXXXXX" (branch cxx); mkstemp is race-free. */
char* tmpnam(char* s) SYSGATE_NOEXCEPT;
int fclose(FILE* stream) SYSGATE_NOEXCEPT;
int fflush(FILE* stream) SYSGATE_NOEXCEPT;
int fflush_unlocked(FILE* stream) SYSGATE_NOEXCEPT;
int setvbuf(FILE* __restrict stream, char* __restrict buffer, int mode,
            size_t size) SYSGATE_NOEXCEPT;
void setbuf(FILE* __restrict stream, char* __restrict buffer) SYSGATE_NOEXCEPT;
void setbuffer(FILE* __restrict stream, char* __restrict buffer, size_t size) SYSGATE_NOEXCEPT;
void setlinebuf(FILE* stream) SYSGATE_NOEXCEPT;

size_t fread(void* __restrict p, size_t size, size_t n, FILE* __restrict stream) SYSGATE_NOEXCEPT;
size_t fwrite(const void* __restrict p, size_t size, size_t n,
              FILE* __restrict stream) SYSGATE_NOEXCEPT;
size_t fread_unlocked(void* __restrict p, size_t size, size_t n,
                      FILE* __restrict stream) SYSGATE_NOEXCEPT;
size_t fwrite_unlocked(const void* __restrict p, size_t size, size_t n,
                       FILE* __restrict stream) SYSGATE_NOEXCEPT;
int fgetc(FILE* stream) SYSGATE_NOEXCEPT;
int getc(FILE* stream) SYSGATE_NOEXCEPT;
int getchar(void) SYSGATE_NOEXCEPT;
int fgetc_unlocked(FILE* stream) SYSGATE_NOEXCEPT;
int getc_unlocked(FILE* stream) SYSGATE_NOEXCEPT;
int getchar_unlocked(void) SYSGATE_NOEXCEPT;
int ungetc(int c, FILE* stream) SYSGATE_NOEXCEPT;
char* fgets(char* __restrict s, int n, FILE* __restrict stream) SYSGATE_NOEXCEPT;
char* fgets_unlocked(char* __restrict s, int n, FILE* __restrict stream) SYSGATE_NOEXCEPT;
ssize_t getline(char** __restrict line, size_t* __restrict n,
                FILE* __restrict stream) SYSGATE_NOEXCEPT;
ssize_t getdelim(char** __restrict line, size_t* __restrict n, int delimiter,
                 FILE* __restrict stream) SYSGATE_NOEXCEPT;
int fputc(int c, FILE* stream) SYSGATE_NOEXCEPT;
int putc(int c, FILE* stream) SYSGATE_NOEXCEPT;
int putchar(int c) SYSGATE_NOEXCEPT;
int fputc_unlocked(int c, FILE* stream) SYSGATE_NOEXCEPT;
int putc_unlocked(int c, FILE* stream) SYSGATE_NOEXCEPT;
int putchar_unlocked(int c) SYSGATE_NOEXCEPT;
int fputs(const char* __restrict s, FILE* __restrict stream) SYSGATE_NOEXCEPT;
int fputs_unlocked(const char* __restrict s, FILE* __restrict stream) SYSGATE_NOEXCEPT;
int puts(const char* s) SYSGATE_NOEXCEPT;

int fseek(FILE* stream, long offset, int whence) SYSGATE_NOEXCEPT;
int fseeko(FILE* stream, off_t offset, int whence) SYSGATE_NOEXCEPT;
long ftell(FILE* stream) SYSGATE_NOEXCEPT;
off_t ftello(FILE* stream) SYSGATE_NOEXCEPT;
void rewind(FILE* stream) SYSGATE_NOEXCEPT;
int fgetpos(FILE* __restrict stream, fpos_t* __restrict position) SYSGATE_NOEXCEPT;
int fsetpos(FILE* stream, const fpos_t* position) SYSGATE_NOEXCEPT;

int feof(FILE* stream) SYSGATE_NOEXCEPT;
int ferror(FILE* stream) SYSGATE_NOEXCEPT;
void clearerr(FILE* stream) SYSGATE_NOEXCEPT;
int fileno(FILE* stream) SYSGATE_NOEXCEPT;
int feof_unlocked(FILE* stream) SYSGATE_NOEXCEPT;
int ferror_unlocked(FILE* stream) SYSGATE_NOEXCEPT;
void clearerr_unlocked(FILE* stream) SYSGATE_NOEXCEPT;
int fileno_unlocked(FILE* stream) SYSGATE_NOEXCEPT;
void flockfile(FILE* stream) SYSGATE_NOEXCEPT;
int ftrylockfile(FILE* stream) SYSGATE_NOEXCEPT;
void funlockfile(FILE* stream) SYSGATE_NOEXCEPT;

void perror(const char* s) SYSGATE_NOEXCEPT;
int remove(const char* path) SYSGATE_NOEXCEPT;
int rename(const char* from, const char* to) SYSGATE_NOEXCEPT;

int printf(const char* __restrict format, ...) SYSGATE_NOEXCEPT SYSGATE_PRINTF(1, 2);
int fprintf(FILE* __restrict stream, const char* __restrict format, ...) SYSGATE_NOEXCEPT
    SYSGATE_PRINTF(2, 3);
int vprintf(const char* __restrict format, __isoc_va_list args) SYSGATE_NOEXCEPT
    SYSGATE_PRINTF(1, 0);
int vfprintf(FILE* __restrict stream, const char* __restrict format,
             __isoc_va_list args) SYSGATE_NOEXCEPT SYSGATE_PRINTF(2, 0);
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

/* printf, fprintf, snprintf and sprintf with a literal format that holds no 'm' cannot
 * print %m: in C, the macros below send such calls to twins that leave strerror's
 * texts (3-4 KiB) out of the program. Any other format (a variable, a literal with an
 * 'm'), a call through a pointer, (printf)(...) and C++ reach the full functions, so
 * %m always prints strerror(errno). No argument is evaluated twice: the test only
 * folds constants. The twins carry no format attribute: -Wformat warns once. */
int __printf_no_m(const char* __restrict format, ...) SYSGATE_NOEXCEPT;
int __fprintf_no_m(FILE* __restrict stream, const char* __restrict format, ...) SYSGATE_NOEXCEPT;
int __snprintf_no_m(char* __restrict s, size_t n, const char* __restrict format,
                    ...) SYSGATE_NOEXCEPT;
int __sprintf_no_m(char* __restrict s, const char* __restrict format, ...) SYSGATE_NOEXCEPT;
/* A literal format that names none of %m, %n$ (a '$'), %a/%A (an 'a' or 'A'), %lc/%ls
 * ("lc", "ls"; clang: any 'l') and %C/%S goes to a second set of twins, which leave the
 * engine's positional table, hex floats and UTF-8 out of the program as well. */
int __printf_lean(const char* __restrict format, ...) SYSGATE_NOEXCEPT;
int __fprintf_lean(FILE* __restrict stream, const char* __restrict format, ...) SYSGATE_NOEXCEPT;
int __snprintf_lean(char* __restrict s, size_t n, const char* __restrict format,
                    ...) SYSGATE_NOEXCEPT;
int __sprintf_lean(char* __restrict s, const char* __restrict format, ...) SYSGATE_NOEXCEPT;
#if !defined(__cplusplus) && defined(__GNUC__) && !defined(SYSGATE_NO_PRINTF_MACROS)
#define __SYSGATE_LACKS(format, c) \
  (__builtin_constant_p(__builtin_strchr(format, c)) && !__builtin_strchr(format, c))
#define __SYSGATE_NO_M(format) (__builtin_constant_p(format) && __SYSGATE_LACKS(format, 'm'))
#ifdef __clang__ /* folds no strstr */
#define __SYSGATE_NO_WIDE(format) __SYSGATE_LACKS(format, 'l')
#else
#define __SYSGATE_NO_WIDE(format)                                                             \
  (__builtin_constant_p(__builtin_strstr(format, "lc")) && !__builtin_strstr(format, "lc") && \
   __builtin_constant_p(__builtin_strstr(format, "ls")) && !__builtin_strstr(format, "ls"))
#endif
#define __SYSGATE_LEAN(format)                                                                     \
  (__SYSGATE_NO_M(format) && __SYSGATE_LACKS(format, '$') && __SYSGATE_LACKS(format, 'a') &&       \
   __SYSGATE_LACKS(format, 'A') && __SYSGATE_LACKS(format, 'C') && __SYSGATE_LACKS(format, 'S') && \
   __SYSGATE_NO_WIDE(format))
#define __SYSGATE_ARG1(a, ...) a
#define __SYSGATE_ARG2(a, b, ...) b
#define __SYSGATE_ARG3(a, b, c, ...) c
#define printf(...)                                                              \
  (__SYSGATE_LEAN(__SYSGATE_ARG1(__VA_ARGS__, 0))   ? __printf_lean(__VA_ARGS__) \
   : __SYSGATE_NO_M(__SYSGATE_ARG1(__VA_ARGS__, 0)) ? __printf_no_m(__VA_ARGS__) \
                                                    : (printf)(__VA_ARGS__))
#define fprintf(...)                                                              \
  (__SYSGATE_LEAN(__SYSGATE_ARG2(__VA_ARGS__, 0))   ? __fprintf_lean(__VA_ARGS__) \
   : __SYSGATE_NO_M(__SYSGATE_ARG2(__VA_ARGS__, 0)) ? __fprintf_no_m(__VA_ARGS__) \
                                                    : (fprintf)(__VA_ARGS__))
#define snprintf(...)                                                              \
  (__SYSGATE_LEAN(__SYSGATE_ARG3(__VA_ARGS__, 0))   ? __snprintf_lean(__VA_ARGS__) \
   : __SYSGATE_NO_M(__SYSGATE_ARG3(__VA_ARGS__, 0)) ? __snprintf_no_m(__VA_ARGS__) \
                                                    : (snprintf)(__VA_ARGS__))
#define sprintf(...)                                                              \
  (__SYSGATE_LEAN(__SYSGATE_ARG2(__VA_ARGS__, 0))   ? __sprintf_lean(__VA_ARGS__) \
   : __SYSGATE_NO_M(__SYSGATE_ARG2(__VA_ARGS__, 0)) ? __sprintf_no_m(__VA_ARGS__) \
                                                    : (sprintf)(__VA_ARGS__))
#endif

int scanf(const char* __restrict format, ...) SYSGATE_NOEXCEPT SYSGATE_SCANF(1, 2);
int fscanf(FILE* __restrict stream, const char* __restrict format, ...) SYSGATE_NOEXCEPT
    SYSGATE_SCANF(2, 3);
int vscanf(const char* __restrict format, __isoc_va_list args) SYSGATE_NOEXCEPT SYSGATE_SCANF(1, 0);
int vfscanf(FILE* __restrict stream, const char* __restrict format,
            __isoc_va_list args) SYSGATE_NOEXCEPT SYSGATE_SCANF(2, 0);
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
