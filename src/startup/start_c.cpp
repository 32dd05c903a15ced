// The portable half of process start-up, one straight line from _start to main, in
// up to three steps so that a program pays only for what it uses (full_start.hpp).
//
// Here, the shortest: sysgate_start_c finds argc, argv and envp (and on i386 the
// kernel entry) and calls main. It is weak: start_full.cpp's sysgate_start_c, which
// also sets up the thread control block, static TLS, the canary, environ and the
// initial stack pointer, replaces it in a program that links something needing those
// (errno, the stack protector, environ, the auxiliary vector, the tls flavour: each
// names start_full.cpp's object, see full_start.hpp; __thread and constructors: the
// wrapper names it, see tools/sysgate-cc.in). exit(99) runs this one.
#include <stdint.h>
#include <stdlib.h>
#include <sys/auxv.h>

#include "arch_entry.hpp"
#include "src/startup/full_start.hpp"
#include "src/startup/initial_stack.hpp"

extern "C" int main(int argc, char** argv, char** envp);

namespace sysgate::startup {

// Called by _start with the kernel's stack pointer and the load bias: 0 from crt1.o,
// a static-pie's from sysgate_static_pie_start_c. Built without the stack protector
// (as is the whole runtime). C linkage (the name crt1.o calls), though declared in
// this namespace. (This object comes before start_full.cpp's in the archive, so that
// the linker takes this one for crt1.o's reference; see src/exports.txt.)
extern "C" [[gnu::weak]] SYSGATE_STARTUP_CALL void sysgate_start_c(const unsigned long* sp,
                                                                   uintptr_t) {
  // i386: the kernel entry from AT_SYSINFO (initial_stack.hpp: the first entry); x86_64
  // has one entry, nothing to choose, and no walk of the environment. SYSGATE_ENTRY=int80
  // is honoured by start_full.cpp, linked into every program that can tell the two
  // entries apart (errno, sysgate_entry()).
  if constexpr (arch::entry_chosen_at_start)
    arch::select_kernel_entry(at_sysinfo(aux_vector_after(read_initial_stack(sp).envp)));
  sysgate_start_main(sp);
}

// The last step: main, then exit.
extern "C" SYSGATE_STARTUP_CALL void sysgate_start_main(const unsigned long* sp) {
  InitialStack stack = read_initial_stack(sp);
  exit(main(stack.argc, stack.argv, stack.envp));
}

// The constructors' step, where start_ctors.cpp is not linked: none.
extern "C" [[noreturn, gnu::weak, gnu::alias("sysgate_start_main")]] SYSGATE_STARTUP_CALL void
sysgate_start_ctors(const unsigned long* sp);

#ifdef SYSGATE_FLAVOUR_TLS
// Every syscall of this flavour enters through the TCB: the full start-up, always.
SYSGATE_NEEDS_FULL_START;
#endif

}  // namespace sysgate::startup
