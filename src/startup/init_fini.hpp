// The ELF constructor and destructor arrays of a static program (inline: start-up and
// exit() are their one caller each).
#pragma once

// Bounds of the arrays, defined by the linker's default script in every static link.
using InitFunction = void (*)(int, char**, char**);
using FiniFunction = void (*)();
extern "C" {
extern InitFunction __preinit_array_start[] __attribute__((weak, visibility("hidden")));
extern InitFunction __preinit_array_end[] __attribute__((weak, visibility("hidden")));
extern InitFunction __init_array_start[] __attribute__((weak, visibility("hidden")));
extern InitFunction __init_array_end[] __attribute__((weak, visibility("hidden")));
extern FiniFunction __fini_array_start[] __attribute__((weak, visibility("hidden")));
extern FiniFunction __fini_array_end[] __attribute__((weak, visibility("hidden")));
}

namespace sysgate::startup {

// .preinit_array then .init_array, in order, each called as glibc does: (argc, argv, envp).
inline void run_init_arrays(int argc, char** argv, char** envp) noexcept {
  for (InitFunction* f = __preinit_array_start; f < __preinit_array_end; ++f)
    (*f)(argc, argv, envp);
  for (InitFunction* f = __init_array_start; f < __init_array_end; ++f) (*f)(argc, argv, envp);
}

// .fini_array in reverse order.
inline void run_fini_array() noexcept {
  for (FiniFunction* f = __fini_array_end; f > __fini_array_start;) (*--f)();
}

}  // namespace sysgate::startup
