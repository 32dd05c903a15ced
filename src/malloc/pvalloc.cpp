#include <errno.h>
#include <malloc.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/heap/heap.hpp"

namespace sysgate::c {

// valloc of the size rounded up to whole pages (ENOMEM if that wraps).
SYSGATE_C_FUNCTION(void*, pvalloc, (size_t size) noexcept) {
  size_t rounded;
  void* p = nullptr;
  if (!__builtin_add_overflow(size, heap::page_size - 1, &rounded))
    p = heap::allocate_aligned(heap::page_size, rounded & ~(heap::page_size - 1));
  if (!p) errno = ENOMEM;
  return p;
}

}  // namespace sysgate::c
