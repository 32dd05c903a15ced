#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fputs, (const char* s, FILE* f) noexcept) {
  stdio::FileGuard guard(f);
  return fputs_unlocked(s, f);
}

}  // namespace sysgate::c
