// The libc's sigset_t (1024 bits, glibc's) as the kernel reads it: its first 64 bits,
// in the kernel's word order on both arches (little-endian words of the same bits).
#pragma once
#include <signal.h>

#include "src/internal/kernel_signal.hpp"

namespace sysgate::signal {

inline constexpr int bits_per_word = 8 * sizeof(unsigned long);

// glibc keeps 32 (SIGCANCEL) and 33 (SIGSETXID) for itself: its set functions refuse
// them and its sigprocmask never blocks them. sysgate does the same, so that programs
// see the same sets and masks under both.
inline constexpr bool is_reserved(int sig) noexcept { return sig == 32 || sig == 33; }
inline constexpr bool is_valid(int sig) noexcept {
  return sig > 0 && sig < NSIG && !is_reserved(sig);
}

inline constexpr unsigned long bit(int sig) noexcept { return 1ul << ((sig - 1) % bits_per_word); }
inline constexpr int word(int sig) noexcept { return (sig - 1) / bits_per_word; }

// Takes 32 and 33 out of a set's words, each from its own word: with 32-bit longs
// (i386) signal 32 is the top bit of word 0 but 33 is bit 0 of word 1, and masking
// word 0 with bit(33) would take out SIGHUP (1) instead.
inline void clear_reserved(unsigned long* bits) noexcept {
  bits[word(32)] &= ~bit(32);
  bits[word(33)] &= ~bit(33);
}

// The first 64 bits of a set without signals 32 and 33.
inline internal::KernelSigset without_reserved(const sigset_t& set) noexcept {
  internal::KernelSigset k;
  for (unsigned i = 0; i < sizeof k.bits / sizeof k.bits[0]; ++i) k.bits[i] = set.__bits[i];
  clear_reserved(k.bits);
  return k;
}

}  // namespace sysgate::signal
