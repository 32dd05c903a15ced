#ifndef SYSGATE_STDIO_H
#define SYSGATE_STDIO_H
/* Minimal for now: only the scanf functions sysgate has. The printf side and FILE merge
 * into this header later. */
#include <bits/cdefs.h>
#define __NEED___isoc_va_list
#include <bits/alltypes.h>

#define EOF (-1)

SYSGATE_BEGIN_C
int sscanf(const char* __restrict s, const char* __restrict format, ...) SYSGATE_NOEXCEPT;
int vsscanf(const char* __restrict s, const char* __restrict format,
            __isoc_va_list args) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
