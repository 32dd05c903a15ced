/* Limits, usage and priorities: the kernel's RLIMIT_*, RUSAGE_* and PRIO_* names,
 * glibc's 64-bit rlim_t on both arches and its struct rusage (64-bit times on i386). */
#ifndef SYSGATE_SYS_RESOURCE_H
#define SYSGATE_SYS_RESOURCE_H
#include <bits/cdefs.h>
#include <bits/kernel_resource.h>
#define __NEED_id_t
#define __NEED_pid_t
#define __NEED_struct_timeval
#include <bits/alltypes.h>

/* The libc's: rlim_t is 64-bit everywhere (the kernel's RLIM_INFINITY is ~0UL). */
typedef unsigned long long rlim_t;
#define RLIM_INFINITY (~0ULL)
#define RLIM_SAVED_MAX RLIM_INFINITY
#define RLIM_SAVED_CUR RLIM_INFINITY

struct rlimit {
  rlim_t rlim_cur;
  rlim_t rlim_max;
};

struct rusage {
  struct timeval ru_utime;
  struct timeval ru_stime;
  long ru_maxrss;
  long ru_ixrss;
  long ru_idrss;
  long ru_isrss;
  long ru_minflt;
  long ru_majflt;
  long ru_nswap;
  long ru_inblock;
  long ru_oublock;
  long ru_msgsnd;
  long ru_msgrcv;
  long ru_nsignals;
  long ru_nvcsw;
  long ru_nivcsw;
};

SYSGATE_BEGIN_C
int getrlimit(int resource, struct rlimit* limit) SYSGATE_NOEXCEPT;
int setrlimit(int resource, const struct rlimit* limit) SYSGATE_NOEXCEPT;
int prlimit(pid_t pid, int resource, const struct rlimit* limit,
            struct rlimit* old) SYSGATE_NOEXCEPT;
int getrusage(int who, struct rusage* usage) SYSGATE_NOEXCEPT;
/* The nice value -20..19; -1 is also a value: clear errno first. */
int getpriority(int which, id_t who) SYSGATE_NOEXCEPT;
int setpriority(int which, id_t who, int priority) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
