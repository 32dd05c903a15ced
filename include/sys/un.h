#ifndef SYSGATE_SYS_UN_H
#define SYSGATE_SYS_UN_H
#include <bits/cdefs.h>
#define __NEED_sa_family_t
#include <bits/alltypes.h>

/* A path, or (sun_path[0] == 0) an abstract name of the length the caller gives. */
struct sockaddr_un {
  sa_family_t sun_family;
  char sun_path[108];
};

/* The length of an address holding a NUL-terminated path. */
#define SUN_LEN(a) \
  (__builtin_offsetof(struct sockaddr_un, sun_path) + __builtin_strlen((a)->sun_path))
#endif
