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
SYSGATE_END_C
#endif
