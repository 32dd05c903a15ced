#include <unistd.h>

// The environment, set by start-up to the kernel's envp; `__environ` is glibc's other
// name for it.
char** environ;
extern "C" char** __environ __attribute__((alias("environ")));
