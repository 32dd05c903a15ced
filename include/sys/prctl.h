#ifndef SYSGATE_SYS_PRCTL_H
#define SYSGATE_SYS_PRCTL_H
#include <bits/cdefs.h>
#include <bits/kernel_prctl.h>

SYSGATE_BEGIN_C
/* Up to four further arguments, each an unsigned long. */
int prctl(int option, ...) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
