/* exit(99) through the oldest i386 door, `int $0x80`, with no library call in the
 * way: the software interrupt every i386 kernel accepts, whatever the CPU. The
 * number goes in %eax, the first argument in %ebx. i386 only. */
#include <sys/syscall.h>

#include "print.h"

int main(void) {
  put(1, "exit99_int80: exit(99) via int $0x80\n");
  /* SYS_exit, not exit_group, as in the seed: one thread, so the same thing. It does
   * not return, so nothing is clobbered that anyone could observe. */
  __asm__ volatile("int $0x80" : : "a"(SYS_exit), "b"(99) : "memory");
  __builtin_unreachable();
}
