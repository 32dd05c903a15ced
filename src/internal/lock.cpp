#include "src/internal/lock.hpp"

#include <bits/kernel_futex.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

namespace sysgate::internal {

int threads_minus_1;

void Lock::lock_contended() noexcept {
  int expected = 0;
  if (__atomic_compare_exchange_n(&word_, &expected, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
    return;
  // Mark the lock as having waiters, then sleep until the holder wakes us; the futex
  // call returns at once if the word is no longer 2 when the kernel looks.
  while (__atomic_exchange_n(&word_, 2, __ATOMIC_ACQUIRE) != 0)
    sysgate::syscall(SYS_futex, &word_, FUTEX_WAIT_PRIVATE, 2, nullptr);
}

void Lock::unlock_taken() noexcept {
  if (__atomic_exchange_n(&word_, 0, __ATOMIC_RELEASE) == 2)
    sysgate::syscall(SYS_futex, &word_, FUTEX_WAKE_PRIVATE, 1);
}

}  // namespace sysgate::internal
