// i386 kernel entry: the only place that knows which door a syscall goes through.
//
// Register convention (Linux i386, all three doors alike):
//   eax = syscall number, in; the kernel's result word, out
//   ebx, ecx, edx, esi, edi, ebp = arguments 1..6
//   every other register survives; __kernel_vsyscall may clobber the flags.
//
// Doors:
//   int80   `int $0x80`           always works; used before the TCB exists.
//   global  `call *_dl_sysinfo`   the static flavour (glibc 2.3.3 -static): a global
//                                 pointer, first `_dl_sysinfo_int80`, overwritten from
//                                 AT_SYSINFO at start-up.
//   tls     `call *%gs:0x10`      the TLS/PIC flavour: the TCB's sysinfo word.
// The build picks global or tls with SYSGATE_SYSINFO_TLS (sysgate-cc --sysinfo=tls).
//
// ebx may be the PIC register and ebp the frame pointer, so neither is ever bound
// with `register asm`: ebx is an ordinary "b" operand (gcc >= 5 and clang spill the
// GOT pointer themselves) and the sixth argument is pushed from an operand before
// esp moves, then popped into ebp around the call (the musl technique).
#pragma once

extern "C" {
// The static door's pointer and its first value; C-visible, named as glibc's.
extern void (*_dl_sysinfo)();
void _dl_sysinfo_int80();
}

#ifdef SYSGATE_SYSINFO_TLS
#define SYSGATE_DOOR "call *%%gs:0x10"
#else
#define SYSGATE_DOOR "call *_dl_sysinfo"
#endif
#define SYSGATE_DOOR_EARLY "int $0x80"

// One overload set per door: `name`(n, args...) for 0 to 6 arguments through `insn`.
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
    asm volatile(                                                                             \
        "pushl %7\n\t"                                                                        \
        "push %%ebp\n\t"                                                                      \
        "mov 4(%%esp), %%ebp\n\t" insn                                                        \
        "\n\t"                                                                                \
        "pop %%ebp\n\t"                                                                       \
        "add $4, %%esp"                                                                       \
        : "=a"(r)                                                                             \
        : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e), "g"(f)                              \
        : "memory");                                                                          \
    return r;                                                                                 \
  }

namespace sysgate::arch {

// syscall(n, ...) enters through the flavour's door; early_syscall(n, ...) through
// int $0x80, for start-up code that runs before the TCB (and %gs) exists.
SYSGATE_I386_SYSCALLS(syscall, SYSGATE_DOOR)
SYSGATE_I386_SYSCALLS(early_syscall, SYSGATE_DOOR_EARLY)

}  // namespace sysgate::arch

#undef SYSGATE_I386_SYSCALLS
#undef SYSGATE_DOOR
#undef SYSGATE_DOOR_EARLY

namespace sysgate::arch {
// i386's plain SYS_mmap takes a pointer to its arguments; mmap2 takes them in
// registers, with the file offset in 4096-byte units.
inline constexpr long sys_mmap = 192;  // __NR_mmap2
inline constexpr long mmap_offset_unit = 4096;
}  // namespace sysgate::arch
