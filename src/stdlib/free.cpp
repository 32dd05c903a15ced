#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/allocator.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, free, (void* pointer) noexcept) { stdlib::release(pointer); }

}  // namespace sysgate::c
