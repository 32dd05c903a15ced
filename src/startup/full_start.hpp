// Start-up in up to three steps, each linked only where needed: sysgate_start_c finds
// argc, argv, envp and the i386 kernel entry; where the program needs them, it also
// sets up the thread control block, static TLS, the canary, environ and the initial
// stack pointer (start_full.cpp's strong sysgate_start_c replaces start_c.cpp's weak
// one); sysgate_start_ctors (start_ctors.cpp) runs the constructors where there are
// any; sysgate_start_main calls main and exit. exit(99) links the short ones only.
#pragma once
#include <stdint.h>

// i386: start-up's steps pass their arguments in registers (eax, edx), as _start does:
// no pushes, no stack arguments to address.
#if defined(__i386__)
#define SYSGATE_STARTUP_CALL __attribute__((regparm(2)))
#else
#define SYSGATE_STARTUP_CALL
#endif

extern "C" {
// Called by _start (crt1.o) with the kernel's stack pointer and a load bias of 0, or by
// sysgate_static_pie_start_c (static_pie.cpp) with a static-pie's.
[[noreturn]] SYSGATE_STARTUP_CALL void sysgate_start_c(const unsigned long* sp, uintptr_t bias);
// rcrt1.o's _start calls this instead, with the kernel's stack pointer.
[[noreturn]] SYSGATE_STARTUP_CALL void sysgate_static_pie_start_c(const unsigned long* sp);
// Each continues in the next on its own stack frame (the TCB and static TLS live in
// start_full.cpp's sysgate_start_c's).
[[noreturn]] SYSGATE_STARTUP_CALL void sysgate_start_ctors(const unsigned long* sp);
[[noreturn]] SYSGATE_STARTUP_CALL void sysgate_start_main(const unsigned long* sp);
// Records the initial stack pointer and environ (initial_stack.cpp, where linked).
SYSGATE_STARTUP_CALL void sysgate_record_initial_stack(const unsigned long* sp) noexcept;
}

// Placed at namespace scope in a source file whose object needs the full start-up
// (errno's TCB, the canary, environ, the initial stack pointer, the tls flavour): the
// undefined symbol it leaves in the object makes the linker take start_full.cpp's
// object from the archive along with it, whose strong sysgate_start_c then replaces
// start_c.cpp's weak one. (No code, no relocation: the object's symbol table alone
// names it. Not sysgate_start_c itself: once start_c.cpp's is defined, the linker
// would take nothing from the archive for it.) The wrapper names it and
// sysgate_ctors_anchor (-Wl,--undefined=) for a program with __thread variables or
// with constructors or destructors (tools/sysgate-cc.in): no symbol reveals those.
#ifdef SYSGATE_UNIT_TEST
#define SYSGATE_NEEDS_FULL_START static_assert(true)
#else
#define SYSGATE_NEEDS_FULL_START asm(".globl sysgate_full_start_anchor")
#endif
