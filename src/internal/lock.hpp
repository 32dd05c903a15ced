// A lock for the runtime's process-global state that costs nothing while the process
// has one thread (musl's threads_minus_1 idea): lock() reads one word and returns.
//
// Every mutable global of the runtime is marked "guarded by" one of these: malloc's
// lists, the exit handlers, the vDSO cache, and stdio's list of streams once it
// exists. When threads arrive, creating the second thread bumps threads_minus_1 before
// the thread starts, and from then on the same locks really lock (a futex word, as in
// Drepper's "Futexes Are Tricky", mutex 2). Not recursive.
#pragma once

namespace sysgate::internal {

// Threads beyond the first: 0 until a second thread is created.
extern int threads_minus_1;

class Lock {
 public:
  void lock() noexcept {
    if (__atomic_load_n(&threads_minus_1, __ATOMIC_RELAXED)) lock_contended();
  }
  // Takes the lock if it is free (while multi-threaded; callers check first).
  bool try_lock() noexcept {
    int expected = 0;
    return __atomic_compare_exchange_n(&word_, &expected, 1, false, __ATOMIC_ACQUIRE,
                                       __ATOMIC_RELAXED);
  }
  // Releases only what lock() took: a lock taken while single-threaded holds 0.
  void unlock() noexcept {
    if (__atomic_load_n(&word_, __ATOMIC_RELAXED)) unlock_taken();
  }

 private:
  void lock_contended() noexcept;
  void unlock_taken() noexcept;
  int word_ = 0;  // 0 free, 1 taken, 2 taken with waiters (the futex word)
};

class LockGuard {
 public:
  explicit LockGuard(Lock& lock) noexcept : lock_(lock) { lock_.lock(); }
  ~LockGuard() { lock_.unlock(); }
  LockGuard(const LockGuard&) = delete;
  LockGuard& operator=(const LockGuard&) = delete;

 private:
  Lock& lock_;
};

}  // namespace sysgate::internal
