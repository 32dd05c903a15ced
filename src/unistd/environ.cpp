#include <unistd.h>

#include "src/startup/full_start.hpp"

// Start-up sets this up (start_full.cpp).
SYSGATE_NEEDS_FULL_START;

// The environment, set by start-up to the kernel's envp; `__environ` is glibc's other
// name for it.
char** environ;
extern "C" char** __environ __attribute__((alias("environ")));
