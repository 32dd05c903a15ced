/* Shared by every sysgate C header: C linkage for C++ callers. */
#ifndef SYSGATE_BITS_CDEFS_H
#define SYSGATE_BITS_CDEFS_H
#ifdef __cplusplus
#define SYSGATE_BEGIN_C extern "C" {
#define SYSGATE_END_C }
#define SYSGATE_NOEXCEPT noexcept
#else
#define SYSGATE_BEGIN_C
#define SYSGATE_END_C
#define SYSGATE_NOEXCEPT
#endif
#define SYSGATE_NORETURN __attribute__((__noreturn__))
#endif
