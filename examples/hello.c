/* The smallest useful sysgate program: one write(2), then return from main, which
 * sysgate's start-up turns into exit(0). Its stripped size is the runtime's floor. */
#include "print.h"

int main(void) {
  put(1, "hello, world\n");
  return 0;
}
