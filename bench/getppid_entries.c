/* getppid() through one entry, timed in TSC cycles and nanoseconds: the seed's "Table 2"
 * (100000 getppid calls, int $0x80 against sysenter) measured again. One source, one
 * entry per build:
 *
 *   -DENTRY_INT80     int $0x80                                  (i386)
 *   -DENTRY_SYSINFO   call *_dl_sysinfo -> __kernel_vsyscall     (i386, sysgate global)
 *   -DENTRY_GS        call *%gs:0x10    -> __kernel_vsyscall     (i386, sysgate tls)
 *   -DENTRY_SYSCALL   the syscall instruction                    (x86_64)
 *   (none)           the libc's getppid()                       (glibc, or sysgate's)
 *
 *   getppid_entries [calls [runs]]     defaults: 100000 calls, 5 runs
 *
 * Prints the calls per run, then for each run its total cycles and total nanoseconds:
 *   100000 45012345 15004115 ...        bench/table2 turns that into medians per call.
 *
 * Cycles are rdtsc with lfence on both sides, so the loop's instructions cannot move
 * across the reading; no cpuid (it traps to the hypervisor, ~5 us, on these VMs). On a
 * VM the TSC ticks at the nominal frequency, not the core clock. A first run, not
 * reported, warms the caches and the vDSO page. */
#include <time.h>
#include <unistd.h>

#if defined(ENTRY_INT80) || defined(ENTRY_SYSINFO) || defined(ENTRY_GS) || defined(ENTRY_SYSCALL)
#include <sys/syscall.h> /* sysgate's: the raw entries are built with sysgate-cc only */
#endif

#ifdef ENTRY_SYSINFO
extern void (*_dl_sysinfo)(void); /* sysgate's, as glibc 2.3.3's static builds had it */
#endif

static inline long entry_getppid(void) {
  long result;
#if defined(ENTRY_INT80)
  __asm__ volatile("int $0x80" : "=a"(result) : "0"((long)SYS_getppid) : "memory");
#elif defined(ENTRY_SYSINFO)
  /* __kernel_vsyscall keeps every register but %eax; it may change the flags. */
  __asm__ volatile("call *%1"
                   : "=a"(result)
                   : "m"(_dl_sysinfo), "0"((long)SYS_getppid)
                   : "memory", "cc");
#elif defined(ENTRY_GS)
  __asm__ volatile("call *%%gs:0x10" : "=a"(result) : "0"((long)SYS_getppid) : "memory", "cc");
#elif defined(ENTRY_SYSCALL)
  /* syscall puts the return address in %rcx and the flags in %r11. */
  __asm__ volatile("syscall" : "=a"(result) : "0"((long)SYS_getppid) : "rcx", "r11", "memory");
#else
  result = getppid();
#endif
  return result;
}

static inline unsigned long long cycles(void) {
  unsigned low, high;
  __asm__ volatile("lfence\n\trdtsc\n\tlfence" : "=a"(low), "=d"(high) : : "memory");
  return (unsigned long long)high << 32 | low;
}

static unsigned long long now_ns(void) {
  struct timespec ts;
  if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) _exit(3);
  return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

static void put_number(unsigned long long value, char after) {
  char buf[24];
  int i = sizeof buf;
  buf[--i] = after;
  do buf[--i] = (char)('0' + value % 10);
  while (value /= 10);
  write(1, buf + i, sizeof buf - i);
}

static unsigned long parse(const char* s, unsigned long otherwise) {
  if (!s) return otherwise;
  unsigned long value = 0;
  for (; *s >= '0' && *s <= '9'; ++s) value = value * 10 + (unsigned long)(*s - '0');
  return value ? value : otherwise;
}

int main(int argc, char** argv) {
  unsigned long calls = parse(argc > 1 ? argv[1] : 0, 100000);
  unsigned long runs = parse(argc > 2 ? argv[2] : 0, 5);
  long parent = entry_getppid();
  if (parent <= 0) _exit(4); /* a entry that does not answer measures nothing */
  put_number(calls, ' ');
  for (unsigned long run = 0; run <= runs; ++run) {
    unsigned long long start_ns = now_ns(), start = cycles();
    for (unsigned long i = 0; i < calls; ++i)
      if (entry_getppid() != parent) _exit(5);
    unsigned long long spent = cycles() - start, spent_ns = now_ns() - start_ns;
    if (run == 0) continue; /* the warm-up */
    put_number(spent, ' ');
    put_number(spent_ns, run == runs ? '\n' : ' ');
  }
  return 0;
}
