// The runtime's lock: free while the process has one thread, a real futex lock once
// threads_minus_1 says there are more (here: std::threads in a glibc process).
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

#include "src/internal/lock.hpp"

using sysgate::internal::Lock;
using sysgate::internal::LockGuard;
using sysgate::internal::threads_minus_1;

TEST_CASE("single-threaded, lock() takes nothing and unlock() releases nothing", "[lock]") {
  threads_minus_1 = 0;
  Lock lock;
  lock.lock();
  lock.lock();  // would deadlock if it were really taken
  lock.unlock();
  lock.unlock();
}

TEST_CASE("with threads, the lock excludes: no increment is lost", "[lock]") {
  threads_minus_1 = 3;
  Lock lock;
  long counter = 0;  // plain, not atomic: only the lock protects it
  constexpr int per_thread = 200000;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < per_thread; ++i) {
        LockGuard guard(lock);
        // A read, a pause and a write: without the lock, another thread's increment
        // between them would be lost.
        long seen = counter;
        if ((i & 1023) == 0) std::this_thread::yield();
        counter = seen + 1;
      }
    });
  }
  for (auto& t : threads) t.join();
  threads_minus_1 = 0;
  CHECK(counter == 4L * per_thread);
}
