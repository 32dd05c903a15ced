#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/heap/heap.hpp"

namespace sysgate::c {

// As glibc: realloc(nullptr, n) is malloc(n); realloc(p, 0) frees p and returns nullptr
// (errno untouched). On failure the old block is left as it was.
SYSGATE_C_FUNCTION(void*, realloc, (void* pointer, size_t size) noexcept) {
  void* p;
  if (!pointer) {
    p = heap::allocate(size);
  } else if (size == 0) {
    heap::release(pointer, heap::Caller::realloc);
    return nullptr;
  } else {
    p = heap::reallocate(pointer, size);
  }
  if (!p) errno = ENOMEM;
  return p;
}

}  // namespace sysgate::c
