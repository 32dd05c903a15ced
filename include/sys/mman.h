#ifndef SYSGATE_SYS_MMAN_H
#define SYSGATE_SYS_MMAN_H
#include <bits/cdefs.h>
#include <bits/kernel_mman.h>
#define __NEED_size_t
#define __NEED_off_t
#define __NEED_mode_t
#include <bits/alltypes.h>

#define MAP_FAILED ((void*)-1)

SYSGATE_BEGIN_C
/* offset is 64-bit on both arches (i386 passes it to mmap2 in 4096-byte units). */
void* mmap(void* address, size_t length, int protection, int flags, int fd,
           off_t offset) SYSGATE_NOEXCEPT;
int munmap(void* address, size_t length) SYSGATE_NOEXCEPT;
int mprotect(void* address, size_t length, int protection) SYSGATE_NOEXCEPT;

/* The rest of <sys/mman.h> (posix-files branch). */
#define MAP_ANON MAP_ANONYMOUS
#define POSIX_MADV_NORMAL MADV_NORMAL
#define POSIX_MADV_RANDOM MADV_RANDOM
#define POSIX_MADV_SEQUENTIAL MADV_SEQUENTIAL
#define POSIX_MADV_WILLNEED MADV_WILLNEED
#define POSIX_MADV_DONTNEED 4 /* glibc's: advice only, never MADV_DONTNEED's discard */
/* new_address is read only with MREMAP_FIXED. */
void* mremap(void* address, size_t old_length, size_t new_length, int flags, ...) SYSGATE_NOEXCEPT;
int madvise(void* address, size_t length, int advice) SYSGATE_NOEXCEPT;
int posix_madvise(void* address, size_t length, int advice) SYSGATE_NOEXCEPT;
int msync(void* address, size_t length, int flags) SYSGATE_NOEXCEPT;
int mlock(const void* address, size_t length) SYSGATE_NOEXCEPT;
int mlock2(const void* address, size_t length, unsigned flags) SYSGATE_NOEXCEPT;
int munlock(const void* address, size_t length) SYSGATE_NOEXCEPT;
int mlockall(int flags) SYSGATE_NOEXCEPT;
int munlockall(void) SYSGATE_NOEXCEPT;
int mincore(void* address, size_t length, unsigned char* vector) SYSGATE_NOEXCEPT;
int memfd_create(const char* name, unsigned flags) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
