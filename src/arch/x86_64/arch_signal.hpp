// x86_64's signal-return trampoline (arch_restore.S): the kernel builds an rt_sigframe
// for every handler, with or without SA_SIGINFO, and requires SA_RESTORER.
#pragma once

extern "C" void __restore_rt() noexcept;

namespace sysgate::arch {

inline unsigned long signal_restorer(unsigned long) noexcept {
  return reinterpret_cast<unsigned long>(__restore_rt);
}

}  // namespace sysgate::arch
