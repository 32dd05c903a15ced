// The user and group id calls with 32-bit ids: i386's first ones took 16-bit ids and
// its 32-bit calls carry a "32" suffix; x86_64 has only the 32-bit ones, unsuffixed.
#pragma once
#include <sys/syscall.h>

namespace sysgate::ids {

#ifdef SYS_getuid32
inline constexpr long sys_getuid = SYS_getuid32, sys_geteuid = SYS_geteuid32,
                      sys_getgid = SYS_getgid32, sys_getegid = SYS_getegid32,
                      sys_setuid = SYS_setuid32, sys_setgid = SYS_setgid32,
                      sys_setreuid = SYS_setreuid32, sys_setregid = SYS_setregid32,
                      sys_setresuid = SYS_setresuid32, sys_setresgid = SYS_setresgid32,
                      sys_getresuid = SYS_getresuid32, sys_getresgid = SYS_getresgid32,
                      sys_getgroups = SYS_getgroups32, sys_setgroups = SYS_setgroups32;
#else
inline constexpr long sys_getuid = SYS_getuid, sys_geteuid = SYS_geteuid, sys_getgid = SYS_getgid,
                      sys_getegid = SYS_getegid, sys_setuid = SYS_setuid, sys_setgid = SYS_setgid,
                      sys_setreuid = SYS_setreuid, sys_setregid = SYS_setregid,
                      sys_setresuid = SYS_setresuid, sys_setresgid = SYS_setresgid,
                      sys_getresuid = SYS_getresuid, sys_getresgid = SYS_getresgid,
                      sys_getgroups = SYS_getgroups, sys_setgroups = SYS_setgroups;
#endif

}  // namespace sysgate::ids
