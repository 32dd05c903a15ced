#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// NULL at the end with nothing read, or after a read error in this call (what was
// read stays in s, as glibc leaves it).
SYSGATE_C_FUNCTION(char*, fgets_unlocked, (char* s, int n, FILE* f) noexcept) {
  if (n <= 0) return nullptr;
  unsigned earlier_error = f->flags & stdio::kError;
  f->flags &= ~stdio::kError;
  int i = 0;
  while (i < n - 1) {
    int c = stdio::get_byte(f);
    if (c == EOF) break;
    s[i++] = static_cast<char>(c);
    if (c == '\n') break;
  }
  bool failed = f->flags & stdio::kError;
  f->flags |= earlier_error;
  if ((i == 0 && n > 1) || failed) return nullptr;
  s[i] = 0;
  return s;
}

}  // namespace sysgate::c
