/* exit(99) through the x86_64 door, the `syscall` instruction, with no library
 * call in the way. Number in %rax, first argument in %rdi; the CPU overwrites %rcx
 * (return address) and %r11 (flags). x86_64 only. */
#include <sys/syscall.h>

#include "print.h"

int main(void) {
  put(1, "exit99_syscall: exit(99) via syscall\n");
  __asm__ volatile("syscall" : : "a"(SYS_exit), "D"(99) : "rcx", "r11", "memory");
  __builtin_unreachable();
}
