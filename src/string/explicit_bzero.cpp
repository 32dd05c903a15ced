#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, explicit_bzero, (void* s, size_t n) noexcept) {
  memset(s, 0, n);
  // The barrier claims to read the zeroed bytes, so the stores are never dead.
  __asm__ volatile("" : : "r"(s) : "memory");
}

}  // namespace sysgate::c
