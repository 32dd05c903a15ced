#include <stdio.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// EOF if the output could not be written or the close failed; the stream is gone
// either way. The standard streams are static: closed, never freed.
SYSGATE_C_FUNCTION(int, fclose, (FILE * stream) noexcept) {
  int result = stdio::close_file(stream);
  if (!(stream->flags & stdio::kStatic)) {
    stdio::unlink_file(stream);
    free(stream);
  }
  return result;
}

}  // namespace sysgate::c
