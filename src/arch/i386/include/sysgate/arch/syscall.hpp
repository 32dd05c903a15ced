// i386 kernel entry: the only place that knows which way a syscall enters the kernel.
// Installed with the public headers (sysgate/syscall.hpp inlines it into user code).
//
// Register convention (Linux i386, every entry alike):
//   eax = syscall number, in; the kernel's result word, out
//   ebx, ecx, edx, esi, edi, ebp = arguments 1..6
//   every other register survives; __kernel_vsyscall may clobber the flags.
//
// Entries, and the build flavour that uses each:
//   int80     `int $0x80`           always works; start-up uses it before the TCB exists.
//   vsyscall  `call *_dl_sysinfo`   flavour `global` (glibc 2.3.3 -static): a global
//                                   pointer, first `_dl_sysinfo_int80`, overwritten from
//                                   AT_SYSINFO at start-up. PIC code (a static-pie)
//                                   calls `_dl_sysinfo_pic`, which jumps through it.
//             `call *%gs:0x10`      flavour `tls`: the TCB's sysinfo word (PIC code).
// The flavour is SYSGATE_FLAVOUR_TLS (sysgate-cc --flavour=tls) or not.
//
// ebx may be the PIC register and ebp the frame pointer, so neither is ever bound
// with `register asm`: ebx is an ordinary "b" operand (gcc >= 5 and clang spill the
// GOT pointer themselves) and the sixth argument is pushed from an operand before
// esp moves, then popped into ebp around the call (the musl technique).
#pragma once

extern "C" {
// The global flavour's entry pointer and its first value; C-visible, named as glibc's.
extern void (*_dl_sysinfo)();
void _dl_sysinfo_int80();
// The same entry for position-independent code of the global flavour.
void _dl_sysinfo_pic();
}

#ifdef SYSGATE_FLAVOUR_TLS
#define SYSGATE_ENTRY_INSN "call *%%gs:0x10"
#elif defined(__PIC__)
// Position-independent code (a static-pie) cannot name _dl_sysinfo's address: a
// PC-relative call to a stub that goes on through it (src/arch/i386/arch_sysinfo.S).
#define SYSGATE_ENTRY_INSN "call _dl_sysinfo_pic"
#else
#define SYSGATE_ENTRY_INSN "call *_dl_sysinfo"
#endif
#define SYSGATE_ENTRY_INSN_EARLY "int $0x80"

// One overload set per entry: `name`(n, args...) for 0 to 6 arguments through `insn`.
// clang-format off
#define SYSGATE_I386_SYSCALLS(name, insn)                                                     \
  inline long name(long n) {                                                                  \
    long r;                                                                                   \
    asm volatile(insn : "=a"(r) : "a"(n) : "memory");                                         \
    return r;                                                                                 \
  }                                                                                           \
  inline long name(long n, long a) {                                                          \
    long r;                                                                                   \
    asm volatile(insn : "=a"(r) : "a"(n), "b"(a) : "memory");                                 \
    return r;                                                                                 \
  }                                                                                           \
  inline long name(long n, long a, long b) {                                                  \
    long r;                                                                                   \
    asm volatile(insn : "=a"(r) : "a"(n), "b"(a), "c"(b) : "memory");                         \
    return r;                                                                                 \
  }                                                                                           \
  inline long name(long n, long a, long b, long c) {                                          \
    long r;                                                                                   \
    asm volatile(insn : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c) : "memory");                 \
    return r;                                                                                 \
  }                                                                                           \
  inline long name(long n, long a, long b, long c, long d) {                                  \
    long r;                                                                                   \
    asm volatile(insn : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d) : "memory");         \
    return r;                                                                                 \
  }                                                                                           \
  inline long name(long n, long a, long b, long c, long d, long e) {                          \
    long r;                                                                                   \
    asm volatile(insn : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e) : "memory"); \
    return r;                                                                                 \
  }                                                                                           \
  inline long name(long n, long a, long b, long c, long d, long e, long f) {                  \
    long r;                                                                                   \
    /* %7 may be esp- or ebp-relative: push it before either register moves. */               \
    asm volatile("pushl %7\n\t"                                                               \
                 "push %%ebp\n\t"                                                             \
                 "mov 4(%%esp), %%ebp\n\t"                                                    \
                 insn "\n\t"                                                                  \
                 "pop %%ebp\n\t"                                                              \
                 "add $4, %%esp"                                                              \
                 : "=a"(r)                                                                    \
                 : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e), "g"(f)                     \
                 : "memory");                                                                 \
    return r;                                                                                 \
  }
// clang-format on

namespace sysgate::arch {

// syscall(n, ...) enters the flavour's way; early_syscall(n, ...) through int $0x80,
// for start-up code that runs before the TCB (and %gs) exists.
SYSGATE_I386_SYSCALLS(syscall, SYSGATE_ENTRY_INSN)
SYSGATE_I386_SYSCALLS(early_syscall, SYSGATE_ENTRY_INSN_EARLY)

}  // namespace sysgate::arch

#undef SYSGATE_I386_SYSCALLS
#undef SYSGATE_ENTRY_INSN
#undef SYSGATE_ENTRY_INSN_EARLY
