#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// fflush(NULL) flushes every output stream; an input stream gives its read-ahead back
// to the file where the file can seek (glibc).
SYSGATE_C_FUNCTION(int, fflush, (FILE * stream) noexcept) {
  if (!stream) return stdio::flush_all();
  stdio::FileGuard guard(stream);
  return stdio::sync_file(stream);
}

}  // namespace sysgate::c
