// Called by -fstack-protector code when a function's canary was overwritten; linked
// with it, the canary's set-up (start-up calls it through a weak reference).
#include <stdint.h>
#include <sys/auxv.h>

#include "src/internal/abort.hpp"
#include "src/startup/full_start.hpp"
#include "src/startup/initial_stack.hpp"
#include "src/startup/stack_guard.hpp"

// Start-up sets this up (start_full.cpp).
SYSGATE_NEEDS_FULL_START;

extern "C" [[noreturn]] void __stack_chk_fail() noexcept {
  // The stack is not to be trusted: no formatting, one write, then SIGABRT.
  sysgate::internal::abort_with("*** stack smashing detected ***: terminated\n");
}

// i386 PIC code calls this hidden alias instead (it cannot reach the PLT).
extern "C" [[noreturn]] void __stack_chk_fail_local() noexcept
    __attribute__((alias("__stack_chk_fail"), visibility("hidden")));

namespace sysgate::startup {

// The kernel's 16 random bytes; the low byte zeroed so that a string overflow
// (which ends in a NUL) cannot reproduce the canary.
void install_stack_guard() noexcept {
  uintptr_t value = 0;
  if (unsigned long at_random = find_aux(aux_vector(), AT_RANDOM))
    __builtin_memcpy(&value, reinterpret_cast<const void*>(at_random), sizeof value);
  arch::thread_pointer()->stack_guard = value & ~static_cast<uintptr_t>(0xff);
}

}  // namespace sysgate::startup
