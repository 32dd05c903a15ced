// The ELF constructor and destructor arrays of a static program.
#pragma once

namespace sysgate::startup {

// .preinit_array then .init_array, in order, each called as glibc does: (argc, argv, envp).
void run_init_arrays(int argc, char** argv, char** envp) noexcept;
// .fini_array in reverse order.
void run_fini_array() noexcept;

}  // namespace sysgate::startup
