#include <errno.h>
#include <stdlib.h>

#include "src/stdio/file.hpp"

namespace sysgate::stdio {

// Output written, unread input given back to the file (POSIX), the backend closed.
int close_file(FILE* f) noexcept {
  FileGuard guard(f);
  int result = sync_file(f);
  int r = f->ops->close(f);
  if (r < 0) {
    errno = -r;
    result = EOF;
  }
  if (f->flags & kOwnBuffer) free(f->buffer);
  f->flags = (f->flags & kStatic) | kNoRead | kNoWrite | kError;
  f->rpos = f->rend = f->wpos = f->wend = nullptr;
  f->fd = -1;
  return result;
}

}  // namespace sysgate::stdio
