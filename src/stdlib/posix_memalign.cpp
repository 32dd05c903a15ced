#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/heap/heap.hpp"

namespace sysgate::c {

// EINVAL unless the alignment is a power of two and a multiple of sizeof(void*);
// ENOMEM (returned, and in errno as glibc leaves it) when there is no memory.
// *result is written only on success.
SYSGATE_C_FUNCTION(int, posix_memalign, (void** result, size_t alignment, size_t size) noexcept) {
  if (alignment % sizeof(void*) != 0 || (alignment & (alignment - 1)) || alignment == 0)
    return EINVAL;
  void* p = heap::allocate_aligned(alignment, size);
  if (!p) {
    errno = ENOMEM;
    return ENOMEM;
  }
  *result = p;
  return 0;
}

}  // namespace sysgate::c
