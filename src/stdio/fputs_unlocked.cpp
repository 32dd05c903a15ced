#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// 1 on success (glibc's value), EOF on an error.
SYSGATE_C_FUNCTION(int, fputs_unlocked, (const char* s, FILE* f) noexcept) {
  size_t n = __builtin_strlen(s);
  return stdio::write_bytes(f, reinterpret_cast<const unsigned char*>(s), n) == n ? 1 : EOF;
}

}  // namespace sysgate::c
