// x86_64 thread control block: glibc's layout (stack_guard at %fs:0x28 is what
// -fstack-protector code reads). %fs's base is the TCB; TLS variables sit just below
// it (TLS variant II).
#pragma once
#include <bits/kernel_prctl.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/syscall.h>

#include <sysgate/arch/syscall.hpp>

namespace sysgate::arch {

struct Tcb {
  Tcb* tcb;                 // 0x00 read by `mov %fs:0, reg` to find the thread pointer
  void* dtv;                // 0x08 dynamic TLS vector: unused, static TLS only
  Tcb* self;                // 0x10 glibc's `self`
  int multiple_threads;     // 0x18 glibc's; 0 (one thread)
  int gscope_flag;          // 0x1c glibc's; unused
  uintptr_t sysinfo;        // 0x20 glibc's; x86_64 has no vsyscall entry, stays 0
  uintptr_t stack_guard;    // 0x28 read by -fstack-protector code as %fs:0x28
  uintptr_t pointer_guard;  // 0x30 glibc's; unused
  int errno_value;          // 0x38 sysgate's: this thread's errno (musl keeps it in its
                            //      thread structure too), so errno needs no PT_TLS
};
static_assert(offsetof(Tcb, tcb) == 0x00);
static_assert(offsetof(Tcb, dtv) == 0x08);
static_assert(offsetof(Tcb, self) == 0x10);
static_assert(offsetof(Tcb, multiple_threads) == 0x18);
static_assert(offsetof(Tcb, gscope_flag) == 0x1c);
static_assert(offsetof(Tcb, sysinfo) == 0x20);
static_assert(offsetof(Tcb, stack_guard) == 0x28);
static_assert(offsetof(Tcb, errno_value) == 0x38);

// The calling thread's TCB, read through its first word (%fs:0 holds the TCB's own address).
inline Tcb* thread_pointer() {
  Tcb* tcb;
  asm("mov %%fs:0, %0" : "=r"(tcb));
  return tcb;
}

// Returns the kernel word.
inline long install_tcb(Tcb* tcb) {
  return early_syscall(SYS_arch_prctl, ARCH_SET_FS, reinterpret_cast<long>(tcb));
}

}  // namespace sysgate::arch
