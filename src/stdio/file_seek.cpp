#include <errno.h>

#include "src/stdio/file.hpp"

namespace sysgate::stdio {

// Bytes read from the backend but not yet from the stream.
static long long unread_bytes(FILE* f) {
  if (!f->rend) return 0;
  long long n = f->rend - f->rpos;
  if (f->flags & kInBackup) n += f->saved_rend - f->saved_rpos;
  return n;
}

static void drop_input(FILE* f) {
  f->rpos = f->rend = nullptr;
  f->flags &= ~kInBackup;
}

long long tell_file(FILE* f) noexcept {
  bool pending = f->wend && f->wpos > f->buffer;
  long long position;
  // O_APPEND writes land at the end, wherever the offset is now.
  int r = f->ops->seek(f, 0, pending && (f->flags & kAppend) ? 2 : 1, &position);
  if (r < 0) {
    errno = -r;
    return -1;
  }
  position -= unread_bytes(f);
  if (pending) position += f->wpos - f->buffer;
  return position;
}

int seek_file(FILE* f, long long offset, int whence) noexcept {
  if (whence < 0 || whence > 2) {
    errno = EINVAL;
    return -1;
  }
  if (f->wend && !flush_output(f)) return -1;
  if (whence == 1) offset -= unread_bytes(f);
  long long position;
  int r = f->ops->seek(f, offset, whence, &position);
  if (r < 0) {
    errno = -r;
    return -1;
  }
  drop_input(f);
  f->wpos = f->wend = nullptr;
  f->flags &= ~kEof;
  return 0;
}

// Input read ahead goes back to the file where the file can seek (a pipe keeps it, as
// in glibc).
int sync_file(FILE* f) noexcept {
  if (f->wend) return flush_output(f) ? 0 : EOF;
  long long unread = unread_bytes(f);
  if (!unread) return 0;
  long long position;
  int r = f->ops->seek(f, -unread, 1, &position);
  if (r == 0) {
    drop_input(f);
  } else if (r != -ESPIPE) {
    errno = -r;
    return EOF;
  }
  return 0;
}

}  // namespace sysgate::stdio
