#include <malloc.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/heap/heap.hpp"

namespace sysgate::c {

// 0 for nullptr (and for a freed block, as glibc).
SYSGATE_C_FUNCTION(size_t, malloc_usable_size, (void* pointer) noexcept) {
  return pointer ? heap::usable_size(pointer, heap::Caller::usable_size) : 0;
}

}  // namespace sysgate::c
