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

SYSGATE_BEGIN_C
SYSGATE_NORETURN void exit(int status) SYSGATE_NOEXCEPT;
SYSGATE_NORETURN void abort(void) SYSGATE_NOEXCEPT;
int atexit(void (*function)(void)) SYSGATE_NOEXCEPT;
char* getenv(const char* name) SYSGATE_NOEXCEPT;
/* /bin/sh -c command, as glibc: SIGINT and SIGQUIT ignored and SIGCHLD blocked in the
 * caller meanwhile; the wait status, or 127 << 8 when no shell could run. */
int system(const char* command) SYSGATE_NOEXCEPT;

void* malloc(size_t size) SYSGATE_NOEXCEPT;
void* calloc(size_t count, size_t size) SYSGATE_NOEXCEPT;
void* realloc(void* pointer, size_t size) SYSGATE_NOEXCEPT;
void free(void* pointer) SYSGATE_NOEXCEPT;

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
SYSGATE_END_C
#endif
