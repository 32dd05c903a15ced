// The stack protector's canary, set up only in programs that use the protector.
#pragma once
#include "arch_tcb.hpp"

namespace sysgate::startup {

// Defined beside __stack_chk_fail, which every protected function calls: a program
// built without the stack protector links neither, and start-up, which calls this
// through a weak reference, never reads AT_RANDOM. Writes the calling thread's TCB,
// which start-up has just installed.
[[gnu::weak]] void install_stack_guard() noexcept;

}  // namespace sysgate::startup
