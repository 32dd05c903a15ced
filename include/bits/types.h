/* The POSIX scalar types, one definition for every header that needs them.
 * off_t is 64-bit on both arches (as musl's), so file offsets never truncate. */
#ifndef SYSGATE_BITS_TYPES_H
#define SYSGATE_BITS_TYPES_H
#include <stddef.h>
typedef __INTPTR_TYPE__ ssize_t;
typedef int pid_t;
typedef unsigned uid_t;
typedef unsigned gid_t;
typedef __INT64_TYPE__ off_t;
#endif
