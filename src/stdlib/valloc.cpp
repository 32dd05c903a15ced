#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/heap/heap.hpp"

namespace sysgate::c {

// A page-aligned block (obsolete; glibc declares it in <stdlib.h> and <malloc.h>).
SYSGATE_C_FUNCTION(void*, valloc, (size_t size) noexcept) {
  void* p = heap::allocate_aligned(heap::page_size, size);
  if (!p) errno = ENOMEM;
  return p;
}

}  // namespace sysgate::c
