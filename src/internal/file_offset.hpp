// A syscall whose last argument is a 64-bit file offset or length: one word on
// x86_64, two (low, high) on i386 (arch_quirks.hpp says which).
#pragma once
#include <stdint.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"

namespace sysgate::internal {

template <class... Args>
inline long offset_syscall(long number, int64_t offset, Args... args) noexcept {
  if constexpr (arch::offset_in_two_words) {
    auto bits = static_cast<uint64_t>(offset);
    return sysgate::syscall(number, args..., static_cast<unsigned long>(bits),
                            static_cast<unsigned long>(bits >> 32));
  } else {
    return sysgate::syscall(number, args..., static_cast<long>(offset));
  }
}

}  // namespace sysgate::internal
