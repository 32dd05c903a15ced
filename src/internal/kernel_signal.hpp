// The kernel's own signal structs, whose layout is not the libc's: rt_sigaction and
// rt_sigprocmask take these, with the size of the kernel's sigset_t as an argument.
#pragma once

namespace sysgate::internal {

// The kernel's _NSIG: 64 signals on x86 (asm-generic's value; x86's UAPI does not
// export it). The libc's sigset_t is larger (1024 bits, as glibc's).
inline constexpr int kernel_signal_count = 64;
inline constexpr int word_bits = 8 * sizeof(unsigned long);

struct KernelSigset {
  unsigned long bits[kernel_signal_count / word_bits];
};
inline constexpr unsigned long kernel_sigset_bytes = sizeof(KernelSigset);
static_assert(kernel_sigset_bytes == 8);

// struct sigaction as the kernel reads it (kernel/signal.c, x86 i386 and x86_64
// alike): the handler, the SA_* flags, the SA_RESTORER trampoline, then the mask.
struct KernelSigaction {
  unsigned long handler;  // a function, or SIG_DFL (0) / SIG_IGN (1)
  unsigned long flags;
  unsigned long restorer;
  KernelSigset mask;
};
static_assert(sizeof(KernelSigaction) == 3 * sizeof(unsigned long) + 8);

}  // namespace sysgate::internal
