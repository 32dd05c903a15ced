/* Leaves an orphan for examples/init to reap: the child outlives this process by a
 * tenth of a second and exits with status 7, by then a child of process 1. */
#include <time.h>
#include <unistd.h>

int main(void) {
  pid_t pid = fork();
  if (pid < 0) return 1;
  if (pid == 0) {
    struct timespec tenth = {0, 100000000};
    nanosleep(&tenth, 0);
    _exit(7);
  }
  return 0;
}
