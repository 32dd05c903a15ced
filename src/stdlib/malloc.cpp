#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/allocator.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void*, malloc, (size_t size) noexcept) {
  void* p = stdlib::allocate(size);
  if (!p) errno = ENOMEM;
  return p;
}

}  // namespace sysgate::c
