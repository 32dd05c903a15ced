/* How a process ends, chosen by argv[1]:
 *   return N   main returns N         exit N    exit(N) from a nested call
 *   _exit N    _exit(N), skipping the atexit handler (which would force status 99)
 *   abort      abort(), even with SIGABRT blocked: must die of SIGABRT */
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static int number(const char* s) {
  int n = 0;
  while (*s >= '0' && *s <= '9') n = n * 10 + (*s++ - '0');
  return n;
}

static void must_not_run(void) { _exit(99); }
static void runs_at_exit(void) { write(1, "atexit handler ran\n", 19); }

__attribute__((noinline)) static void nested_exit(int status) { exit(status); }

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  const char* how = argv[1];
  int status = argc > 2 ? number(argv[2]) : 0;
  if (strcmp(how, "return") == 0) return status;
  if (strcmp(how, "exit") == 0) {
    atexit(runs_at_exit);
    nested_exit(status);
  }
  if (strcmp(how, "_exit") == 0) {
    atexit(must_not_run);
    _exit(status);
  }
  if (strcmp(how, "abort") == 0) {
    unsigned long block_sigabrt[2] = {1ul << 5, 0};
    syscall(SYS_rt_sigprocmask, 0 /* SIG_BLOCK */, block_sigabrt, 0, 8);
    abort();
  }
  return 2;
}
