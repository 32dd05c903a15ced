// Which i386 door syscalls take, chosen once at start-up and reported on demand.
#pragma once
#include <stdint.h>

#include "arch_syscall.hpp"
#include "sysgate/entry.hpp"

namespace sysgate::arch {

inline constexpr const char* name = "i386";

// Start-up: point the static door at __kernel_vsyscall, or back at the int $0x80 stub
// when there is none (qemu-user, vdso32=0) or the user forced it. Stored even when it
// already holds the stub: in a static-pie the initialiser needs a relocation.
inline void select_kernel_entry(uintptr_t at_sysinfo) {
  _dl_sysinfo = at_sysinfo ? reinterpret_cast<void (*)()>(at_sysinfo) : _dl_sysinfo_int80;
}

// What the TCB's sysinfo word starts as.
inline uintptr_t kernel_entry_address() { return reinterpret_cast<uintptr_t>(_dl_sysinfo); }

// The door this build's syscalls really take: the TLS flavour asks %gs:0x10 itself.
inline Entry current_entry() {
#ifdef SYSGATE_SYSINFO_TLS
  uintptr_t door;
  asm("movl %%gs:0x10, %0" : "=r"(door));
#else
  uintptr_t door = kernel_entry_address();
#endif
  return door == reinterpret_cast<uintptr_t>(_dl_sysinfo_int80) ? Entry::int80 : Entry::vsyscall;
}

}  // namespace sysgate::arch
