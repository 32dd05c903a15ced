#include <stdio.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, fflush_unlocked, (FILE * stream) noexcept) {
  return stream ? stdio::sync_file(stream) : stdio::flush_all();
}

}  // namespace sysgate::c
