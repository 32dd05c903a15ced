/* struct utsname: the kernel's new_utsname (six 65-byte strings), which uname fills;
 * glibc's too. tests/unit/core/test_layouts.cpp checks it against glibc's. */
#ifndef SYSGATE_BITS_UTSNAME_STRUCT_H
#define SYSGATE_BITS_UTSNAME_STRUCT_H

struct utsname {
  char sysname[65];
  char nodename[65];
  char release[65];
  char version[65];
  char machine[65];
  char domainname[65];
};
#endif
