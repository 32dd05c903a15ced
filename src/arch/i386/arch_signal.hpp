// i386's signal-return trampolines (arch_restore.S): the kernel builds a non-RT frame
// for a handler without SA_SIGINFO, and each kind needs its own return call.
#pragma once
#include <bits/kernel_signal.h>

extern "C" void __restore() noexcept;
extern "C" void __restore_rt() noexcept;

namespace sysgate::arch {

inline unsigned long signal_restorer(unsigned long flags) noexcept {
  return reinterpret_cast<unsigned long>(flags & SA_SIGINFO ? __restore_rt : __restore);
}

}  // namespace sysgate::arch
