#include <errno.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/allocator.hpp"

namespace sysgate::c {

// gcc and clang emit calls to this for malloc followed by memset(0) at -O2.
SYSGATE_C_FUNCTION(void*, calloc, (size_t count, size_t size) noexcept) {
  size_t total;
  if (__builtin_mul_overflow(count, size, &total)) {
    errno = ENOMEM;
    return nullptr;
  }
  auto* p = static_cast<char*>(stdlib::allocate(total));
  if (!p) {
    errno = ENOMEM;
    return nullptr;
  }
  // A recycled small block holds old data; fresh mappings are zero already, but
  // telling them apart costs more than clearing.
  __builtin_memset(p, 0, total);
  return p;
}

}  // namespace sysgate::c
