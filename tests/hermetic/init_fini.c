/* The order of everything around main, as glibc runs it:
 *   .preinit_array, .init_array (constructor priorities first), main,
 *   atexit handlers newest first, .fini_array in reverse (destructor priorities last).
 * The last destructor checks the whole sequence and sets the exit status; main's own
 * status (3) shows through only if it never ran. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char order[32];
static int count;
static int preinit_argc = -1;

static void mark(char c) { order[count++] = c; }

static void preinit(int argc, char** argv, char** envp) {
  (void)argv;
  (void)envp;
  preinit_argc = argc;
  mark('p');
}
__attribute__((used, section(".preinit_array"))) static void (*preinit_entry)(int, char**,
                                                                              char**) = preinit;

__attribute__((constructor(101))) static void init_first(void) { mark('a'); }
__attribute__((constructor(102))) static void init_second(void) { mark('b'); }
__attribute__((constructor)) static void init_plain(void) { mark('c'); }

static void handler_x(void) { mark('x'); }
static void handler_y(void) { mark('y'); }

__attribute__((destructor)) static void fini_plain(void) { mark('C'); }
__attribute__((destructor(102))) static void fini_second(void) { mark('B'); }
__attribute__((destructor(101))) static void fini_last(void) {
  mark('A');
  static const char want[] = "pabcmyxCBA";
  int ok = count == (int)strlen(want) && memcmp(order, want, count) == 0 && preinit_argc == 1;
  write(1, "order: ", 7);
  write(1, order, count);
  write(1, ok ? " (as expected)\n" : " (wanted pabcmyxCBA, preinit argc 1)\n", ok ? 15 : 37);
  _exit(ok ? 0 : 1);
}

int main(void) {
  mark('m');
  if (atexit(handler_x) != 0 || atexit(handler_y) != 0) return 2;
  return 3;
}
