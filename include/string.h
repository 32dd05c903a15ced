#ifndef SYSGATE_STRING_H
#define SYSGATE_STRING_H
#include <bits/cdefs.h>
#define __need_NULL
#include <stddef.h>
#define __NEED_size_t
#include <bits/alltypes.h>

SYSGATE_BEGIN_C
void* memcpy(void* __restrict dest, const void* __restrict src, size_t n) SYSGATE_NOEXCEPT;
void* memmove(void* dest, const void* src, size_t n) SYSGATE_NOEXCEPT;
void* memset(void* dest, int c, size_t n) SYSGATE_NOEXCEPT;
int memcmp(const void* a, const void* b, size_t n) SYSGATE_NOEXCEPT;
int bcmp(const void* a, const void* b, size_t n) SYSGATE_NOEXCEPT;
size_t strlen(const char* s) SYSGATE_NOEXCEPT;
int strcmp(const char* a, const char* b) SYSGATE_NOEXCEPT;
int strncmp(const char* a, const char* b, size_t n) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
