#include "src/startup/init_fini.hpp"

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

void run_init_arrays(int argc, char** argv, char** envp) noexcept {
  for (InitFunction* f = __preinit_array_start; f < __preinit_array_end; ++f)
    (*f)(argc, argv, envp);
  for (InitFunction* f = __init_array_start; f < __init_array_end; ++f) (*f)(argc, argv, envp);
}

void run_fini_array() noexcept {
  for (FiniFunction* f = __fini_array_end; f > __fini_array_start;) (*--f)();
}

}  // namespace sysgate::startup
