/* <malloc.h>: glibc's extensions to the heap, and the <stdlib.h> functions again. */
#ifndef SYSGATE_MALLOC_H
#define SYSGATE_MALLOC_H
#include <bits/cdefs.h>
#define __NEED_size_t
#include <bits/alltypes.h>

SYSGATE_BEGIN_C
void* malloc(size_t size) SYSGATE_NOEXCEPT;
void* calloc(size_t count, size_t size) SYSGATE_NOEXCEPT;
void* realloc(void* pointer, size_t size) SYSGATE_NOEXCEPT;
void* reallocarray(void* pointer, size_t count, size_t size) SYSGATE_NOEXCEPT;
void free(void* pointer) SYSGATE_NOEXCEPT;
void* valloc(size_t size) SYSGATE_NOEXCEPT;
/* A block aligned to `alignment` raised to a power of two (EINVAL above SIZE_MAX/2+1). */
void* memalign(size_t alignment, size_t size) SYSGATE_NOEXCEPT;
/* valloc of the size rounded up to whole pages. */
void* pvalloc(size_t size) SYSGATE_NOEXCEPT;
/* The bytes usable in a block (at least what was asked); 0 for NULL. */
size_t malloc_usable_size(void* pointer) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
