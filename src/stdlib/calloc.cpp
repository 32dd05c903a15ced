#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/heap/heap.hpp"

namespace sysgate::c {

// gcc and clang emit calls to this for malloc followed by memset(0) at -O2.
SYSGATE_C_FUNCTION(void*, calloc, (size_t count, size_t size) noexcept) {
  size_t total;
  void* p = nullptr;
  if (!__builtin_mul_overflow(count, size, &total)) {
    if (total > heap::largest_small) {
      p = heap::large_allocate(total);  // a fresh mapping: zero already
    } else {
      p = heap::small_allocate(heap::class_of(total));
      // A recycled block holds old data.
      if (p) __builtin_memset(p, 0, total);
    }
  }
  if (!p) errno = ENOMEM;
  return p;
}

}  // namespace sysgate::c
