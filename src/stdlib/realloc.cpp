#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/allocator.hpp"

namespace sysgate::c {

// As glibc: realloc(nullptr, n) is malloc(n); realloc(p, 0) frees p and returns nullptr.
// On failure the old block is left as it was.
SYSGATE_C_FUNCTION(void*, realloc, (void* pointer, size_t size) noexcept) {
  if (!pointer) return malloc(size);
  if (size == 0) {
    stdlib::release(pointer);
    return nullptr;
  }
  size_t old_size = stdlib::usable_size(pointer);
  if (size <= old_size) return pointer;
  void* moved = stdlib::allocate(size);
  if (!moved) {
    errno = ENOMEM;
    return nullptr;
  }
  __builtin_memcpy(moved, pointer, old_size);
  stdlib::release(pointer);
  return moved;
}

}  // namespace sysgate::c
