#ifndef SYSGATE_SYS_RANDOM_H
#define SYSGATE_SYS_RANDOM_H
#include <bits/cdefs.h>
#include <bits/kernel_random.h>
#define __NEED_size_t
#define __NEED_ssize_t
#include <bits/alltypes.h>

SYSGATE_BEGIN_C
ssize_t getrandom(void* buf, size_t length, unsigned flags) SYSGATE_NOEXCEPT;
/* All of length (at most 256) bytes or -1 (EIO past 256). */
int getentropy(void* buf, size_t length) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
