#ifndef SYSGATE_STDLIB_H
#define SYSGATE_STDLIB_H
#include <bits/cdefs.h>
#define __need_NULL
#include <stddef.h>
#define __NEED_size_t
#define __NEED_wchar_t
#include <bits/alltypes.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647

/* Integer arithmetic and multibyte characters (branch cxx). Multibyte text is always
 * UTF-8 (see <wchar.h>), so a character takes up to 4 bytes whatever the locale: glibc
 * gives 1 in its ASCII "C" locale and 6 in "C.UTF-8". */
#define MB_CUR_MAX ((size_t)4)
typedef struct {
  int quot;
  int rem;
} div_t;
typedef struct {
  long quot;
  long rem;
} ldiv_t;
typedef struct {
  long long quot;
  long long rem;
} lldiv_t;

SYSGATE_BEGIN_C
SYSGATE_NORETURN void exit(int status) SYSGATE_NOEXCEPT;
SYSGATE_NORETURN void abort(void) SYSGATE_NOEXCEPT;
int atexit(void (*function)(void)) SYSGATE_NOEXCEPT;
char* getenv(const char* name) SYSGATE_NOEXCEPT;
/* /bin/sh -c command, as glibc: SIGINT and SIGQUIT ignored and SIGCHLD blocked in the
 * caller meanwhile; the wait status, or 127 << 8 when no shell could run. */
int system(const char* command) SYSGATE_NOEXCEPT;

/* Memory (src/stdlib/heap): 16-byte aligned blocks; ENOMEM above PTRDIFF_MAX. */
void* malloc(size_t size) SYSGATE_NOEXCEPT;
void* calloc(size_t count, size_t size) SYSGATE_NOEXCEPT;
void* realloc(void* pointer, size_t size) SYSGATE_NOEXCEPT;
void* reallocarray(void* pointer, size_t count, size_t size) SYSGATE_NOEXCEPT;
void free(void* pointer) SYSGATE_NOEXCEPT;
void* aligned_alloc(size_t alignment, size_t size) SYSGATE_NOEXCEPT;
int posix_memalign(void** result, size_t alignment, size_t size) SYSGATE_NOEXCEPT;
void* valloc(size_t size) SYSGATE_NOEXCEPT;

long strtol(const char* __restrict s, char** __restrict end, int base) SYSGATE_NOEXCEPT;
unsigned long strtoul(const char* __restrict s, char** __restrict end, int base) SYSGATE_NOEXCEPT;
long long strtoll(const char* __restrict s, char** __restrict end, int base) SYSGATE_NOEXCEPT;
unsigned long long strtoull(const char* __restrict s, char** __restrict end,
                            int base) SYSGATE_NOEXCEPT;

double strtod(const char* __restrict s, char** __restrict end) SYSGATE_NOEXCEPT;
float strtof(const char* __restrict s, char** __restrict end) SYSGATE_NOEXCEPT;
long double strtold(const char* __restrict s, char** __restrict end) SYSGATE_NOEXCEPT;
double atof(const char* s) SYSGATE_NOEXCEPT;
int atoi(const char* s) SYSGATE_NOEXCEPT;
long atol(const char* s) SYSGATE_NOEXCEPT;
long long atoll(const char* s) SYSGATE_NOEXCEPT;

/* Sorting, pseudo-random numbers, the environment, quick exit, temporary files and
 * realpath (branch stdlib-misc). */
void qsort(void* base, size_t count, size_t size, int (*compare)(const void*, const void*));
void* bsearch(const void* key, const void* base, size_t count, size_t size,
              int (*compare)(const void*, const void*));
int rand(void) SYSGATE_NOEXCEPT;
void srand(unsigned seed) SYSGATE_NOEXCEPT;
int rand_r(unsigned* seed) SYSGATE_NOEXCEPT;
long random(void) SYSGATE_NOEXCEPT;
void srandom(unsigned seed) SYSGATE_NOEXCEPT;
char* initstate(unsigned seed, char* state, size_t size) SYSGATE_NOEXCEPT;
char* setstate(char* state) SYSGATE_NOEXCEPT;
int setenv(const char* name, const char* value, int overwrite) SYSGATE_NOEXCEPT;
int unsetenv(const char* name) SYSGATE_NOEXCEPT;
int putenv(char* string) SYSGATE_NOEXCEPT;
int clearenv(void) SYSGATE_NOEXCEPT;
SYSGATE_NORETURN void _Exit(int status) SYSGATE_NOEXCEPT;
int at_quick_exit(void (*function)(void)) SYSGATE_NOEXCEPT;
SYSGATE_NORETURN void quick_exit(int status) SYSGATE_NOEXCEPT;
int mkstemp(char* name) SYSGATE_NOEXCEPT;
int mkostemp(char* name, int flags) SYSGATE_NOEXCEPT;
int mkstemps(char* name, int suffix_length) SYSGATE_NOEXCEPT;
char* mkdtemp(char* name) SYSGATE_NOEXCEPT;
char* realpath(const char* __restrict path, char* __restrict resolved) SYSGATE_NOEXCEPT;

/* Integer arithmetic and multibyte characters (branch cxx). */
int abs(int x) SYSGATE_NOEXCEPT __attribute__((__const__));
long labs(long x) SYSGATE_NOEXCEPT __attribute__((__const__));
long long llabs(long long x) SYSGATE_NOEXCEPT __attribute__((__const__));
div_t div(int numerator, int denominator) SYSGATE_NOEXCEPT __attribute__((__const__));
ldiv_t ldiv(long numerator, long denominator) SYSGATE_NOEXCEPT __attribute__((__const__));
lldiv_t lldiv(long long numerator, long long denominator) SYSGATE_NOEXCEPT
    __attribute__((__const__));
int mblen(const char* s, size_t n) SYSGATE_NOEXCEPT;
int mbtowc(wchar_t* __restrict wc, const char* __restrict s, size_t n) SYSGATE_NOEXCEPT;
int wctomb(char* s, wchar_t wc) SYSGATE_NOEXCEPT;
size_t mbstowcs(wchar_t* __restrict dst, const char* __restrict src, size_t n) SYSGATE_NOEXCEPT;
size_t wcstombs(char* __restrict dst, const wchar_t* __restrict src, size_t n) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
