#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// Meant before the first transfer; pending output is written first. Without a buffer
// of its own, _IOFBF/_IOLBF keep the stream's (an unbuffered stream gets one).
SYSGATE_C_FUNCTION(int, setvbuf, (FILE * f, char* buffer, int mode, size_t size) noexcept) {
  if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
    errno = EINVAL;
    return EOF;
  }
  stdio::FileGuard guard(f);
  stdio::sync_file(f);
  f->rpos = f->rend = f->wpos = f->wend = nullptr;
  f->flags &= ~(stdio::kLineBuffered | stdio::kUnbuffered | stdio::kCheckTty | stdio::kInBackup);
  f->line_end = -1;
  if (mode == _IONBF) {
    f->flags |= stdio::kUnbuffered;
    return 0;
  }
  if (mode == _IOLBF) {
    f->flags |= stdio::kLineBuffered;
    f->line_end = '\n';
  }
  if (buffer && size) {
    if (f->flags & stdio::kOwnBuffer) free(f->buffer);
    f->flags &= ~stdio::kOwnBuffer;
    f->buffer = reinterpret_cast<unsigned char*>(buffer);
    f->buffer_size = size;
  } else if (f->buffer_size < 2) {
    auto* own = static_cast<unsigned char*>(malloc(stdio::kBufferSize));
    if (!own) {
      f->flags |= stdio::kUnbuffered;
      return EOF;
    }
    f->buffer = own;
    f->buffer_size = stdio::kBufferSize;
    f->flags |= stdio::kOwnBuffer;
  }
  return 0;
}

}  // namespace sysgate::c
