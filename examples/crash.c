/* Dies of SIGSEGV three calls below main: tests/check_gdb.sh reads its backtrace. */
#include <stddef.h>
static volatile int* volatile target = NULL;
__attribute__((noinline)) static void crash_here(int depth) { *target = depth; }
__attribute__((noinline)) static void descend(int depth) {
  if (depth == 0)
    crash_here(depth);
  else
    descend(depth - 1);
  __asm__ volatile("");
}
int main(void) {
  descend(2);
  return 0;
}
