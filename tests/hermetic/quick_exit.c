/* quick_exit runs the at_quick_exit handlers newest first and nothing else (no atexit
 * handler); _Exit runs no handler at all. argv[1]: "quick" or "_Exit". */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void must_not_run(void) { _exit(99); }
static void first(void) { write(1, "first registered, run last\n", 27); }
static void second(void) { write(1, "second registered, run first\n", 29); }
static void nothing(void) {}

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  atexit(must_not_run);
  if (strcmp(argv[1], "_Exit") == 0) {
    at_quick_exit(must_not_run);
    _Exit(3);
  }
  if (at_quick_exit(first) != 0) return 4;
  if (at_quick_exit(second) != 0) return 4;
  for (int i = 2; i < 32; ++i)
    if (at_quick_exit(nothing) != 0) return 4; /* C11: room for 32 at least */
  quick_exit(5);
}
