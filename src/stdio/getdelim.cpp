#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// The line with its delimiter, NUL-terminated, in *line (malloc'd or grown with
// realloc, *n its size); -1 at the end with nothing read, on an error, or EINVAL.
SYSGATE_C_FUNCTION(ssize_t, getdelim, (char** line, size_t* n, int delimiter, FILE* f) noexcept) {
  if (!line || !n) {
    errno = EINVAL;
    return -1;
  }
  stdio::FileGuard guard(f);
  if (!*line || !*n) {
    char* fresh = static_cast<char*>(realloc(*line, 120));
    if (!fresh) return -1;
    *line = fresh;
    *n = 120;
  }
  size_t length = 0;
  for (;;) {
    int c = stdio::get_byte(f);
    if (c == EOF) break;
    if (length + 2 > *n) {
      if (*n > size_t{__PTRDIFF_MAX__} / 2) {
        errno = EOVERFLOW;
        f->flags |= stdio::kError;
        return -1;
      }
      char* bigger = static_cast<char*>(realloc(*line, *n * 2));
      if (!bigger) return -1;
      *line = bigger;
      *n *= 2;
    }
    (*line)[length++] = static_cast<char>(c);
    if (c == static_cast<unsigned char>(delimiter)) break;
  }
  if (!length) return -1;
  (*line)[length] = 0;
  return static_cast<ssize_t>(length);
}

}  // namespace sysgate::c
