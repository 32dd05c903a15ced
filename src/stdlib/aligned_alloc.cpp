#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/heap/heap.hpp"

namespace sysgate::c {

// As glibc 2.36 (where it is memalign): any alignment up to SIZE_MAX / 2 + 1, raised to
// a power of two; any size.
SYSGATE_C_FUNCTION(void*, aligned_alloc, (size_t alignment, size_t size) noexcept) {
  if (!heap::round_alignment(alignment)) {
    errno = EINVAL;
    return nullptr;
  }
  void* p = heap::allocate_aligned(alignment, size);
  if (!p) errno = ENOMEM;
  return p;
}

}  // namespace sysgate::c
