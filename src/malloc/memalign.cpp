#include <errno.h>
#include <malloc.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/heap/heap.hpp"

namespace sysgate::c {

// glibc's rule: an alignment that is no power of two is raised to the next one; EINVAL
// only above SIZE_MAX / 2 + 1.
SYSGATE_C_FUNCTION(void*, memalign, (size_t alignment, size_t size) noexcept) {
  if (!heap::round_alignment(alignment)) {
    errno = EINVAL;
    return nullptr;
  }
  void* p = heap::allocate_aligned(alignment, size);
  if (!p) errno = ENOMEM;
  return p;
}

}  // namespace sysgate::c
