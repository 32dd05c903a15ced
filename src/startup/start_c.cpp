// The portable half of process start-up, one straight line from _start to main.
#include <stdint.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "arch_entry.hpp"
#include "arch_tcb.hpp"
#include "src/startup/init_fini.hpp"
#include "src/startup/initial_stack.hpp"
#include "src/startup/stack_guard.hpp"
#include "src/startup/static_tls.hpp"

extern "C" int main(int argc, char** argv, char** envp);

// Referred to weakly: each is defined (and so filled in here) only in a program that
// links something that reads it; a program that reads neither has no .bss for them.
extern "C" [[gnu::weak]] char** environ;
namespace sysgate::startup {
[[gnu::weak]] extern const unsigned long* initial_stack_pointer;
}

namespace sysgate::startup {
namespace {

// i386: the kernel entry from AT_SYSINFO, in one walk of the environment (which also
// looks for SYSGATE_ENTRY=int80) and one of the auxiliary vector.
void choose_kernel_entry(char* const* envp) {
  bool int80_requested;
  const unsigned long* auxv = aux_vector_after(envp, &int80_requested);
  if (record_aux_vector) record_aux_vector(auxv);
  unsigned long sysinfo = 0, secure = 0;
  for (const unsigned long* a = auxv; a[0] != AT_NULL; a += 2) {
    if (a[0] == AT_SYSINFO) sysinfo = a[1];
    if (a[0] == AT_SECURE) secure = a[1];
  }
  // A set-uid/set-gid (AT_SECURE) process's environment is its caller's to choose.
  if (int80_requested && !secure) sysinfo = 0;
  arch::select_kernel_entry(sysinfo);
}

}  // namespace

// Called by _start with the kernel's stack pointer and the load bias: 0 from crt1.o,
// a static-pie's from sysgate_static_pie_start_c. Built without the stack protector
// (as is the whole runtime): the canary does not exist until half-way down.
// C linkage (the name crt1.o calls), though declared in this namespace.
extern "C" [[noreturn]] void sysgate_start_c(const unsigned long* sp, uintptr_t bias) {
  InitialStack stack = read_initial_stack(sp);
  if (&initial_stack_pointer) initial_stack_pointer = sp;
  if (&environ) environ = stack.envp;

  // x86_64 has one entry: nothing to choose, and no walk of the environment.
  if constexpr (arch::entry_chosen_at_start) choose_kernel_entry(stack.envp);

  // The main thread's static TLS (if any) and TCB live on its own stack, above
  // everything that runs: start_c never returns.
  StaticTls tls = find_static_tls(bias);
  arch::Tcb* tcb = install_static_tls(tls, static_cast<char*>(__builtin_alloca(tls.block_size())));
  if (install_stack_guard) install_stack_guard(tcb);
  // Nothing above may be moved past this point: from here on user code runs, with
  // %gs/%fs, the kernel entry and the canary in place.
  asm volatile("" ::: "memory");

  run_init_arrays(stack.argc, stack.argv, stack.envp);
  exit(main(stack.argc, stack.argv, stack.envp));
}

}  // namespace sysgate::startup
