/* The size yardstick: one printf of an integer, a string and a float. Its
 * stripped size (tests/check_sizes.sh) is what formatted output costs a program. */
#include <stdio.h>

int main(void) {
  printf("hello %d %s %.3f\n", 42, "world", 2.71828);
  return 0;
}
