#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// As glibc: n items, or the whole items written before an error.
SYSGATE_C_FUNCTION(size_t, fwrite_unlocked,
                   (const void* p, size_t size, size_t n, FILE* f) noexcept) {
  size_t bytes = size * n;
  if (!bytes) return 0;
  size_t written = stdio::write_bytes(f, static_cast<const unsigned char*>(p), bytes);
  return written == bytes ? n : written / size;
}

}  // namespace sysgate::c
