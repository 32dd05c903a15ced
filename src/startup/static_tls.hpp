// Static TLS and the thread control block of the main thread.
#pragma once
#include "arch_tcb.hpp"
#include "src/startup/initial_stack.hpp"

namespace sysgate::startup {

// Lays out the PT_TLS image (initialised data copied, the rest zero) below a fresh
// TCB, fills the TCB and points %gs/%fs at it. Enters the kernel only with
// early_syscall. Returns nullptr if the kernel refused.
arch::Tcb* install_static_tls(const InitialStack& stack) noexcept;

}  // namespace sysgate::startup
