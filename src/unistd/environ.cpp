#include <unistd.h>

// Start-up sets this in src/startup/initial_stack.cpp, which this names (not the weak
// stand-in's name, which the linker may have seen defined already).
#ifndef SYSGATE_UNIT_TEST
asm(".globl sysgate_initial_stack_anchor");
#endif

// The environment, set by start-up to the kernel's envp; `__environ` is glibc's other
// name for it.
char** environ;
extern "C" char** __environ __attribute__((alias("environ")));
