#ifndef SYSGATE_STDLIB_H
#define SYSGATE_STDLIB_H
#include <bits/cdefs.h>
#include <stddef.h>
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
SYSGATE_BEGIN_C
SYSGATE_NORETURN void exit(int status) SYSGATE_NOEXCEPT;
SYSGATE_NORETURN void abort(void) SYSGATE_NOEXCEPT;
int atexit(void (*function)(void)) SYSGATE_NOEXCEPT;
char* getenv(const char* name) SYSGATE_NOEXCEPT;
void* malloc(size_t size) SYSGATE_NOEXCEPT;
void free(void* ptr) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
