#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/heap/heap.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, free, (void* pointer) noexcept) {
  if (pointer) heap::release(pointer, heap::Caller::free);
}

}  // namespace sysgate::c
