/* Overwrites its own canary: -fstack-protector-all code must call __stack_chk_fail,
 * which reports on stderr and dies of SIGABRT. */
#include <string.h>

__attribute__((noinline)) static void smash(const char* input, size_t n) {
  char buffer[8];
  memcpy(buffer, input, n);
  __asm__ volatile("" : : "r"(buffer) : "memory");
}

int main(void) {
  char long_input[64];
  memset(long_input, 'A', sizeof long_input);
  smash(long_input, sizeof long_input);
  return 0; /* never reached */
}
