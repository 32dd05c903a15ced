// Called by -fstack-protector code when a function's canary was overwritten.
#include "src/internal/abort.hpp"

extern "C" [[noreturn]] void __stack_chk_fail() noexcept {
  // The stack is not to be trusted: no formatting, one write, then SIGABRT.
  sysgate::internal::abort_with("*** stack smashing detected ***: terminated\n");
}

// i386 PIC code calls this hidden alias instead (it cannot reach the PLT).
extern "C" [[noreturn]] void __stack_chk_fail_local() noexcept
    __attribute__((alias("__stack_chk_fail"), visibility("hidden")));
