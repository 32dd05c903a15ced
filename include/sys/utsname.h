/* The system's names, as uname tells them. */
#ifndef SYSGATE_SYS_UTSNAME_H
#define SYSGATE_SYS_UTSNAME_H
#include <bits/cdefs.h>
#include <bits/utsname_struct.h>

SYSGATE_BEGIN_C
int uname(struct utsname* name) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
