// Which way i386 syscalls enter the kernel: chosen once at start-up, reported on demand.
#pragma once
#include <stdint.h>

#include <sysgate/arch/syscall.hpp>
#include <sysgate/entry.hpp>

namespace sysgate::arch {

// Start-up reads AT_SYSINFO (and SYSGATE_ENTRY) before anything enters the kernel.
inline constexpr bool entry_chosen_at_start = true;

// Start-up: point the global flavour's entry at __kernel_vsyscall, or back at the
// int $0x80 stub when there is none (qemu-user, vdso32=0) or the user forced it. Stored
// even when it already holds the stub: in a static-pie the initialiser needs a relocation.
inline void select_kernel_entry(uintptr_t at_sysinfo) {
  _dl_sysinfo = at_sysinfo ? reinterpret_cast<void (*)()>(at_sysinfo) : _dl_sysinfo_int80;
}

// What the TCB's sysinfo word starts as.
inline uintptr_t kernel_entry_address() { return reinterpret_cast<uintptr_t>(_dl_sysinfo); }

// The entry this build's syscalls really take: the tls flavour asks %gs:0x10 itself.
inline Entry current_entry() {
#ifdef SYSGATE_FLAVOUR_TLS
  uintptr_t target;
  asm("movl %%gs:0x10, %0" : "=r"(target));
#else
  uintptr_t target = kernel_entry_address();
#endif
  return target == reinterpret_cast<uintptr_t>(_dl_sysinfo_int80) ? Entry::int80 : Entry::vsyscall;
}

}  // namespace sysgate::arch
