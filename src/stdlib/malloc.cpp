#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/heap/heap.hpp"

namespace sysgate::c {

// malloc(0) is a unique block of 16 usable bytes, as glibc's is a minimal chunk.
SYSGATE_C_FUNCTION(void*, malloc, (size_t size) noexcept) {
  void* p = heap::allocate(size);
  if (!p) [[unlikely]]
    errno = ENOMEM;
  return p;
}

}  // namespace sysgate::c
