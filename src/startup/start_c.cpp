// The portable half of process start-up, one straight line from _start to main.
#include <stdint.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "arch_entry.hpp"
#include "arch_tcb.hpp"
#include "src/startup/init_fini.hpp"
#include "src/startup/initial_stack.hpp"
#include "src/startup/static_tls.hpp"

extern "C" int main(int argc, char** argv, char** envp);

namespace sysgate::startup {
namespace {

[[noreturn]] void die_early(const char* message, unsigned long length) {
  arch::early_syscall(SYS_write, STDERR_FILENO, reinterpret_cast<long>(message),
                      static_cast<long>(length));
  for (;;) arch::early_syscall(SYS_exit_group, 127);
}

// The kernel's 16 random bytes; the low byte zeroed so that a string overflow
// (which ends in a NUL) cannot reproduce the canary.
uintptr_t canary_from(unsigned long at_random) {
  uintptr_t value = 0;
  if (at_random) __builtin_memcpy(&value, reinterpret_cast<const void*>(at_random), sizeof value);
  return value & ~static_cast<uintptr_t>(0xff);
}

}  // namespace

// Called by _start with the kernel's stack pointer. Built without the stack protector
// (as is the whole runtime): the canary does not exist until half-way down.
// C linkage (the name crt1.o calls), though declared in this namespace.
extern "C" [[noreturn]] void sysgate_start_c(const unsigned long* sp) {
  InitialStack stack = read_initial_stack(sp);
  process = stack;
  environ = stack.envp;

  unsigned long vsyscall = find_aux(stack.auxv, AT_SYSINFO);
  if (entry_forced_int80(stack.envp, find_aux(stack.auxv, AT_SECURE) != 0)) vsyscall = 0;
  arch::select_kernel_entry(vsyscall);

  arch::Tcb* tcb = install_static_tls(stack);
  if (!tcb) {
    static constexpr char message[] = "sysgate: cannot set up the thread control block\n";
    die_early(message, sizeof message - 1);
  }
  tcb->stack_guard = canary_from(find_aux(stack.auxv, AT_RANDOM));
  // Nothing above may be moved past this point: from here on user code runs, with
  // %gs/%fs, the kernel entry and the canary in place.
  asm volatile("" ::: "memory");

  run_init_arrays(stack.argc, stack.argv, stack.envp);
  exit(main(stack.argc, stack.argv, stack.envp));
}

}  // namespace sysgate::startup
