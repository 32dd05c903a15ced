// x86_64 has one way into the kernel, `syscall`: nothing to choose at start-up.
#pragma once
#include <stdint.h>

#include <sysgate/entry.hpp>

namespace sysgate::arch {

// Start-up need not look for AT_SYSINFO (nor walk the environment to find it).
inline constexpr bool entry_chosen_at_start = false;
inline void select_kernel_entry(uintptr_t) {}
inline uintptr_t kernel_entry_address() { return 0; }
inline Entry current_entry() { return Entry::syscall; }

}  // namespace sysgate::arch
