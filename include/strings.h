/* <strings.h>: the BSD byte and case-insensitive string functions (C locale). */
#ifndef SYSGATE_STRINGS_H
#define SYSGATE_STRINGS_H
#include <bits/cdefs.h>
#define __NEED_size_t
#include <bits/alltypes.h>

SYSGATE_BEGIN_C
int bcmp(const void* a, const void* b, size_t n) SYSGATE_NOEXCEPT;
void bcopy(const void* src, void* dest, size_t n) SYSGATE_NOEXCEPT;
void bzero(void* s, size_t n) SYSGATE_NOEXCEPT;
char* index(const char* s, int c) SYSGATE_NOEXCEPT;
char* rindex(const char* s, int c) SYSGATE_NOEXCEPT;
int ffs(int i) SYSGATE_NOEXCEPT;
int ffsl(long i) SYSGATE_NOEXCEPT;
int ffsll(long long i) SYSGATE_NOEXCEPT;
int strcasecmp(const char* a, const char* b) SYSGATE_NOEXCEPT;
int strncasecmp(const char* a, const char* b, size_t n) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
