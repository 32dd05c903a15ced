// The main thread's thread control block: filled, installed as %fs/%gs, then the canary
// and the constructors' step. Where it lives is the caller's choice: in start_full.cpp's
// frame for a program without __thread variables, above the static TLS in start_tls.cpp's
// for one with them. (Inline: each of the two has its own copy, and a program links the
// second only when it has a PT_TLS segment.)
#pragma once
#include "arch_entry.hpp"
#include "arch_tcb.hpp"
#include "src/startup/full_start.hpp"
#include "src/startup/stack_guard.hpp"

namespace sysgate::startup {

[[noreturn, gnu::always_inline]] inline void start_thread(arch::Tcb* tcb,
                                                          const unsigned long* sp) noexcept {
  *tcb = arch::Tcb{};
  tcb->tcb = tcb;
  tcb->self = tcb;
  // (x86_64 has no entry to copy: the word stays 0.)
  if constexpr (arch::entry_chosen_at_start) tcb->sysinfo = arch::kernel_entry_address();
  // Should the kernel refuse (it does not, short of a seccomp filter), %fs keeps base 0
  // and %gs the null selector: the first use of errno, a __thread variable, the canary
  // or the tls flavour's entry faults at once, and a program that uses none runs on.
  arch::install_tcb(tcb);
  if (install_stack_guard) install_stack_guard();
  // Nothing above may be moved past this point: from here on user code runs, with
  // %gs/%fs, the kernel entry and the canary in place.
  asm volatile("" ::: "memory");
  sysgate_start_ctors(sp);
}

}  // namespace sysgate::startup
