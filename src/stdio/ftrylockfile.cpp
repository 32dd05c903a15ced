#include <errno.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// 0 when taken (or already held by this thread), else nonzero.
SYSGATE_C_FUNCTION(int, ftrylockfile, (FILE * f) noexcept) {
  if (!__atomic_load_n(&internal::threads_minus_1, __ATOMIC_RELAXED)) return 0;
  void* self = &errno;
  if (f->owner == self) {
    ++f->depth;
    return 0;
  }
  if (!f->lock.try_lock()) return 1;
  f->owner = self;
  f->depth = 1;
  return 0;
}

}  // namespace sysgate::c
