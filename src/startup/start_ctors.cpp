// Start-up's constructors and exit's destructors: the .preinit_array, .init_array and
// .fini_array. No symbol reveals that a program has them, so the wrapper links this
// object (-Wl,--undefined=sysgate_ctors_anchor) into every program whose first link
// has any (tools/sysgate-cc.in); start_c.cpp and exit.cpp have weak stand-ins that do
// nothing.
#include <stdint.h>

#include "src/startup/full_start.hpp"
#include "src/startup/init_fini.hpp"
#include "src/startup/initial_stack.hpp"

// Constructors may use anything: the full start-up runs first.
SYSGATE_NEEDS_FULL_START;

namespace sysgate::startup {

// Called by start_full.cpp's sysgate_start_c. C linkage, though declared in this namespace.
extern "C" SYSGATE_STARTUP_CALL void sysgate_start_ctors(const unsigned long* sp) {
  InitialStack stack = read_initial_stack(sp);
  run_init_arrays(stack.argc, stack.argv, stack.envp);
  sysgate_start_main(sp);
}

// What the wrapper names.
extern "C" [[noreturn]] SYSGATE_STARTUP_CALL void sysgate_ctors_anchor(const unsigned long* sp)
    __attribute__((alias("sysgate_start_ctors")));

// Called by exit().
extern "C" void sysgate_run_fini_array() noexcept { run_fini_array(); }

}  // namespace sysgate::startup
