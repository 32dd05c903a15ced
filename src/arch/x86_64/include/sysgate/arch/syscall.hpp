// x86_64 kernel entry: the `syscall` instruction, the only way in. Installed with the
// public headers (sysgate/syscall.hpp inlines it into user code).
//
// Register convention (Linux x86_64):
//   rax = syscall number, in; the kernel's result word, out
//   rdi, rsi, rdx, r10, r8, r9 = arguments 1..6 (r10, not the C ABI's rcx, for the
//   fourth: `syscall` itself overwrites rcx with the return address)
//   rcx and r11 (saved rflags) are clobbered; every other register survives.
#pragma once

namespace sysgate::arch {

inline long syscall(long n) {
  long r;
  asm volatile("syscall" : "=a"(r) : "a"(n) : "rcx", "r11", "memory");
  return r;
}
inline long syscall(long n, long a) {
  long r;
  asm volatile("syscall" : "=a"(r) : "a"(n), "D"(a) : "rcx", "r11", "memory");
  return r;
}
inline long syscall(long n, long a, long b) {
  long r;
  asm volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b) : "rcx", "r11", "memory");
  return r;
}
inline long syscall(long n, long a, long b, long c) {
  long r;
  asm volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
  return r;
}
inline long syscall(long n, long a, long b, long c, long d) {
  long r;
  register long r10 asm("r10") = d;
  asm volatile("syscall"
               : "=a"(r)
               : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
               : "rcx", "r11", "memory");
  return r;
}
inline long syscall(long n, long a, long b, long c, long d, long e) {
  long r;
  register long r10 asm("r10") = d;
  register long r8 asm("r8") = e;
  asm volatile("syscall"
               : "=a"(r)
               : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8)
               : "rcx", "r11", "memory");
  return r;
}
inline long syscall(long n, long a, long b, long c, long d, long e, long f) {
  long r;
  register long r10 asm("r10") = d;
  register long r8 asm("r8") = e;
  register long r9 asm("r9") = f;
  asm volatile("syscall"
               : "=a"(r)
               : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
               : "rcx", "r11", "memory");
  return r;
}

// Start-up code calls this before the TCB exists; on x86_64 nothing needs %fs to
// enter the kernel, so it is the same instruction.
template <class... Words>
inline long early_syscall(long n, Words... words) {
  return syscall(n, words...);
}

}  // namespace sysgate::arch
