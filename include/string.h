/* <string.h>: C11, POSIX and the GNU/BSD additions programs expect, declared whatever
 * the feature macros say. strerror_r is the XSI one (returns int) even under
 * _GNU_SOURCE, as in musl: sysgate has no GNU char* strerror_r. */
#ifndef SYSGATE_STRING_H
#define SYSGATE_STRING_H
#include <bits/cdefs.h>
#define __need_NULL
#include <stddef.h>
#define __NEED_size_t
#include <bits/alltypes.h>
/* glibc's <string.h> brings <strings.h> (bzero, bcopy, strcasecmp...) along. */
#include <strings.h>

SYSGATE_BEGIN_C
void* memcpy(void* __restrict dest, const void* __restrict src, size_t n) SYSGATE_NOEXCEPT;
void* memmove(void* dest, const void* src, size_t n) SYSGATE_NOEXCEPT;
void* memset(void* dest, int c, size_t n) SYSGATE_NOEXCEPT;
int memcmp(const void* a, const void* b, size_t n) SYSGATE_NOEXCEPT;
void* memchr(const void* s, int c, size_t n) SYSGATE_NOEXCEPT;
void* memrchr(const void* s, int c, size_t n) SYSGATE_NOEXCEPT;
void* rawmemchr(const void* s, int c) SYSGATE_NOEXCEPT;
void* memmem(const void* haystack, size_t haystack_len, const void* needle,
             size_t needle_len) SYSGATE_NOEXCEPT;
void* memccpy(void* __restrict dest, const void* __restrict src, int c, size_t n) SYSGATE_NOEXCEPT;
void* mempcpy(void* __restrict dest, const void* __restrict src, size_t n) SYSGATE_NOEXCEPT;
void explicit_bzero(void* s, size_t n) SYSGATE_NOEXCEPT;

size_t strlen(const char* s) SYSGATE_NOEXCEPT;
size_t strnlen(const char* s, size_t n) SYSGATE_NOEXCEPT;
int strcmp(const char* a, const char* b) SYSGATE_NOEXCEPT;
int strncmp(const char* a, const char* b, size_t n) SYSGATE_NOEXCEPT;
int strcoll(const char* a, const char* b) SYSGATE_NOEXCEPT;
size_t strxfrm(char* __restrict dest, const char* __restrict src, size_t n) SYSGATE_NOEXCEPT;
int strverscmp(const char* a, const char* b) SYSGATE_NOEXCEPT;

char* strcpy(char* __restrict dest, const char* __restrict src) SYSGATE_NOEXCEPT;
char* strncpy(char* __restrict dest, const char* __restrict src, size_t n) SYSGATE_NOEXCEPT;
char* stpcpy(char* __restrict dest, const char* __restrict src) SYSGATE_NOEXCEPT;
char* stpncpy(char* __restrict dest, const char* __restrict src, size_t n) SYSGATE_NOEXCEPT;
char* strcat(char* __restrict dest, const char* __restrict src) SYSGATE_NOEXCEPT;
char* strncat(char* __restrict dest, const char* __restrict src, size_t n) SYSGATE_NOEXCEPT;
size_t strlcpy(char* __restrict dest, const char* __restrict src, size_t size) SYSGATE_NOEXCEPT;
size_t strlcat(char* __restrict dest, const char* __restrict src, size_t size) SYSGATE_NOEXCEPT;
char* strdup(const char* s) SYSGATE_NOEXCEPT;
char* strndup(const char* s, size_t n) SYSGATE_NOEXCEPT;

char* strchr(const char* s, int c) SYSGATE_NOEXCEPT;
char* strrchr(const char* s, int c) SYSGATE_NOEXCEPT;
char* strchrnul(const char* s, int c) SYSGATE_NOEXCEPT;
char* strstr(const char* haystack, const char* needle) SYSGATE_NOEXCEPT;
char* strcasestr(const char* haystack, const char* needle) SYSGATE_NOEXCEPT;
char* strpbrk(const char* s, const char* accept) SYSGATE_NOEXCEPT;
size_t strspn(const char* s, const char* accept) SYSGATE_NOEXCEPT;
size_t strcspn(const char* s, const char* reject) SYSGATE_NOEXCEPT;
char* strtok(char* __restrict s, const char* __restrict delim) SYSGATE_NOEXCEPT;
char* strtok_r(char* __restrict s, const char* __restrict delim,
               char** __restrict save) SYSGATE_NOEXCEPT;
char* strsep(char** __restrict s, const char* __restrict delim) SYSGATE_NOEXCEPT;

char* strerror(int errnum) SYSGATE_NOEXCEPT;
int strerror_r(int errnum, char* buf, size_t size) SYSGATE_NOEXCEPT;
char* strsignal(int sig) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
