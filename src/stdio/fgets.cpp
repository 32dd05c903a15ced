#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, fgets, (char* s, int n, FILE* f) noexcept) {
  stdio::FileGuard guard(f);
  return fgets_unlocked(s, n, f);
}

}  // namespace sysgate::c
