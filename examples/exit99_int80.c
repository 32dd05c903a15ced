/* exit(99) through the oldest i386 entry, `int $0x80`, with no library call in the
 * way: the software interrupt every i386 kernel accepts, whatever the CPU. The
 * number goes in %eax, the first argument in %ebx. i386 only. */
#include "print.h"

/* exit on i386: numbers are kernel ABI and never change. Spelled out rather than
 * taken from <sys/syscall.h>, whose glibc version needs the i386 kernel headers
 * (linux-libc-dev:i386) that a -m32 host build may lack. */
enum { nr_exit = 1 };

int main(void) {
  put(1, "exit99_int80: exit(99) via int $0x80\n");
  /* exit, not exit_group, as in the seed: one thread, so the same thing. It does
   * not return, so nothing is clobbered that anyone could observe. */
  __asm__ volatile("int $0x80" : : "a"(nr_exit), "b"(99) : "memory");
  __builtin_unreachable();
}
