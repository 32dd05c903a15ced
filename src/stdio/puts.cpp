#include <limits.h>
#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// The length written with its newline (at most INT_MAX), as glibc; EOF on an error.
SYSGATE_C_FUNCTION(int, puts, (const char* s) noexcept) {
  stdio::FileGuard guard(stdout);
  size_t n = __builtin_strlen(s);
  if (stdio::write_bytes(stdout, reinterpret_cast<const unsigned char*>(s), n) != n ||
      stdio::put_byte_fast(stdout, '\n') == EOF)
    return EOF;
  return n < INT_MAX ? static_cast<int>(n + 1) : INT_MAX;
}

}  // namespace sysgate::c
