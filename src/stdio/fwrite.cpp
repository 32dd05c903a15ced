#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(size_t, fwrite, (const void* p, size_t size, size_t n, FILE* f) noexcept) {
  stdio::FileGuard guard(f);
  return fwrite_unlocked(p, size, n, f);
}

}  // namespace sysgate::c
