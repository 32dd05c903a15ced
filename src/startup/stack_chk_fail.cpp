// Called by -fstack-protector code when a function's canary was overwritten.
#include <sys/syscall.h>

#include "raise_abort.hpp"
#include "sysgate/syscall.hpp"

extern "C" [[noreturn]] void __stack_chk_fail() noexcept {
  // The stack is not to be trusted: no formatting, one write, then SIGABRT.
  static constexpr char message[] = "*** stack smashing detected ***: terminated\n";
  sysgate::syscall(SYS_write, 2, message, sizeof message - 1);
  sysgate::stdlib::raise_abort();
}

// i386 PIC code calls this hidden alias instead (it cannot reach the PLT).
extern "C" [[noreturn]] void __stack_chk_fail_local() noexcept __attribute__((alias("__stack_chk_fail"), visibility("hidden")));
