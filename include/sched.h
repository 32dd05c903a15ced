#ifndef SYSGATE_SCHED_H
#define SYSGATE_SCHED_H
#include <bits/cdefs.h>
#define __NEED_size_t
#define __NEED_pid_t
#include <bits/alltypes.h>

struct sched_param {
  int sched_priority;
};

/* glibc's: 1024 CPUs. */
#define CPU_SETSIZE 1024
typedef unsigned long __cpu_mask;
typedef struct {
  __cpu_mask __bits[CPU_SETSIZE / (8 * sizeof(__cpu_mask))];
} cpu_set_t;

#define __CPU_WORD(cpu) ((cpu) / (8 * sizeof(__cpu_mask)))
#define __CPU_BIT(cpu) ((__cpu_mask)1 << ((cpu) % (8 * sizeof(__cpu_mask))))
#define CPU_ZERO(set) __builtin_memset((set), 0, sizeof(cpu_set_t))
#define CPU_SET(cpu, set) \
  ((size_t)(cpu) < CPU_SETSIZE ? ((set)->__bits[__CPU_WORD(cpu)] |= __CPU_BIT(cpu)) : 0)
#define CPU_CLR(cpu, set) \
  ((size_t)(cpu) < CPU_SETSIZE ? ((set)->__bits[__CPU_WORD(cpu)] &= ~__CPU_BIT(cpu)) : 0)
#define CPU_ISSET(cpu, set) \
  ((size_t)(cpu) < CPU_SETSIZE ? ((set)->__bits[__CPU_WORD(cpu)] & __CPU_BIT(cpu)) != 0 : 0)
#define CPU_COUNT(set) __sysgate_cpu_count(set)

static __inline int __sysgate_cpu_count(const cpu_set_t* set) {
  int n = 0;
  for (unsigned i = 0; i < sizeof set->__bits / sizeof set->__bits[0]; ++i)
    n += __builtin_popcountl(set->__bits[i]);
  return n;
}

SYSGATE_BEGIN_C
/* The CPU the caller runs on (through the vDSO's getcpu where there is one), or -1. */
int sched_getcpu(void) SYSGATE_NOEXCEPT;
int sched_yield(void) SYSGATE_NOEXCEPT;
/* The kernel writes its mask's size; the rest of the set is cleared, as glibc. */
int sched_getaffinity(pid_t pid, size_t size, cpu_set_t* set) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
