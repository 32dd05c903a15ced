#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// -1 with EBADF for a stream without a descriptor (a memory stream, a closed one).
SYSGATE_C_FUNCTION(int, fileno, (FILE * f) noexcept) {
  stdio::FileGuard guard(f);
  return fileno_unlocked(f);
}

}  // namespace sysgate::c
