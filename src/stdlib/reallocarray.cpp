#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// realloc(pointer, count * size), or ENOMEM (the block untouched) when that overflows.
SYSGATE_C_FUNCTION(void*, reallocarray, (void* pointer, size_t count, size_t size) noexcept) {
  size_t total;
  if (__builtin_mul_overflow(count, size, &total)) {
    errno = ENOMEM;
    return nullptr;
  }
  return ::realloc(pointer, total);
}

}  // namespace sysgate::c
