// The second half of start-up, linked only where something needs it (full_start.hpp):
// environ, the initial stack pointer, the main thread's TCB (and, through start_tls.cpp
// where the program has __thread variables, its static TLS), the canary.
#include <stdint.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "arch_entry.hpp"
#include "src/startup/full_start.hpp"
#include "src/startup/initial_stack.hpp"
#include "src/startup/thread_block.hpp"

// The initial stack pointer and environ are recorded by initial_stack.cpp, in a program
// that links it (getauxval, the vDSO, the canary, assert, environ); a program that
// links none of them has no .bss for them, and calls this stand-in.
extern "C" [[gnu::weak]] SYSGATE_STARTUP_CALL void sysgate_record_initial_stack(
    const unsigned long*) noexcept {}

// start_tls.cpp's, where the program has __thread variables.
extern "C" [[gnu::weak, noreturn]] SYSGATE_STARTUP_CALL void sysgate_start_tls(
    const unsigned long* sp, uintptr_t bias);

namespace sysgate::startup {
namespace {

// i386: the kernel entry from AT_SYSINFO (initial_stack.hpp: the first entry), in one
// walk of the environment, which also looks for SYSGATE_ENTRY=int80. That chooses the
// int $0x80 stub, except in a set-uid/set-gid (AT_SECURE) process, whose environment is
// its caller's to choose: that walk of the auxiliary vector is made only when the
// variable is there.
[[gnu::always_inline]] inline void choose_kernel_entry(char* const* envp) {
  bool int80_requested;
  const unsigned long* auxv = aux_vector_after(envp, &int80_requested);
  unsigned long sysinfo = at_sysinfo(auxv);
  if (int80_requested) [[unlikely]] {
    unsigned long secure = 0;
    for (const unsigned long* a = auxv; a[0] != AT_NULL; a += 2)
      if (a[0] == AT_SECURE) secure = a[1];
    if (!secure) sysinfo = 0;
  }
  arch::select_kernel_entry(sysinfo);
}

}  // namespace

// Called by _start, as start_c.cpp's weak sysgate_start_c is where this is not linked.
// C linkage, though declared in this namespace.
extern "C" SYSGATE_STARTUP_CALL void sysgate_start_c(const unsigned long* sp, uintptr_t bias) {
  if constexpr (arch::entry_chosen_at_start) choose_kernel_entry(read_initial_stack(sp).envp);
  sysgate_record_initial_stack(sp);

  // The main thread's TCB lives on its own stack, above everything that runs:
  // sysgate_start_main never returns. Here, or, with __thread variables, just above
  // their block on start_tls.cpp's frame.
  if (sysgate_start_tls) sysgate_start_tls(sp, bias);
  arch::Tcb tcb;
  start_thread(&tcb, sp);
}

// What full_start.hpp's SYSGATE_NEEDS_FULL_START and the wrapper name.
extern "C" [[noreturn]] SYSGATE_STARTUP_CALL void sysgate_full_start_anchor(const unsigned long* sp,
                                                                            uintptr_t bias)
    __attribute__((alias("sysgate_start_c")));

}  // namespace sysgate::startup
