/* exit(99) through the x86_64 entry, the `syscall` instruction, with no library
 * call in the way. Number in %rax, first argument in %rdi; the CPU overwrites %rcx
 * (return address) and %r11 (flags). x86_64 only. */
#include "print.h"

/* exit on x86_64: kernel ABI, never changes. Spelled out as in the seed (and the
 * i386 examples), so the whole conversation with the kernel is on this page. */
enum { nr_exit = 60 };

int main(void) {
  put(1, "exit99_syscall: exit(99) via syscall\n");
  __asm__ volatile("syscall" : : "a"(nr_exit), "D"(99) : "rcx", "r11", "memory");
  __builtin_unreachable();
}
