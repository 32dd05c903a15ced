#include <errno.h>

#include "src/stdio/file.hpp"

namespace sysgate::stdio {

// While the process has one thread nothing is taken (owner stays null, so the matching
// unlock does nothing either); the thread's identity is its errno's address.
void lock_file(FILE* f) noexcept {
  if (!__atomic_load_n(&internal::threads_minus_1, __ATOMIC_RELAXED)) return;
  void* self = &errno;
  if (__atomic_load_n(&f->owner, __ATOMIC_RELAXED) == self) {
    ++f->depth;
    return;
  }
  f->lock.lock();
  __atomic_store_n(&f->owner, self, __ATOMIC_RELAXED);
  f->depth = 1;
}

void unlock_file(FILE* f) noexcept {
  if (!f->owner || --f->depth) return;
  __atomic_store_n(&f->owner, nullptr, __ATOMIC_RELAXED);
  f->lock.unlock();
}

}  // namespace sysgate::stdio
