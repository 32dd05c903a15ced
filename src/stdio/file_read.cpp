#include <errno.h>
#include <stdio.h>

#include "src/stdio/file.hpp"

namespace sysgate::stdio {

bool to_read(FILE* f) noexcept {
  if (f->rend) return true;
  if (f->flags & kNoRead) {
    f->flags |= kError;
    errno = EBADF;
    return false;
  }
  if (f->flags & kCheckTty) settle_buffering(f);
  if (f->wend) {
    if (!flush_output(f)) return false;
    f->wpos = f->wend = nullptr;
  }
  f->rpos = f->rend = f->buffer;
  return true;
}

// glibc: before a line-buffered or unbuffered stream (a terminal) waits for input, a
// line-buffered stdout shows its pending prompt. stdout is referred to weakly: reading
// a file does not link it.
[[gnu::weak]] extern FILE standard_output;

int refill(FILE* f) noexcept {
  if (f->flags & kInBackup) {
    f->flags &= ~kInBackup;
    f->rpos = f->saved_rpos;
    f->rend = f->saved_rend;
    if (f->rpos < f->rend) return *f->rpos++;
  }
  if (!to_read(f) || (f->flags & kEof)) return EOF;
  if (f->flags & (kLineBuffered | kUnbuffered)) {
    FILE* out = &standard_output;
    if (out && out != f && (out->flags & kLineBuffered) && out->wend) {
      FileGuard guard(out);
      flush_output(out);
    }
  }
  long n = f->ops->read(f, f->buffer, static_cast<size_t>(buffer_end(f) - f->buffer) ?: 1);
  f->rpos = f->rend = f->buffer;
  if (n <= 0) {
    if (n == 0) {
      f->flags |= kEof;
    } else {
      f->flags |= kError;
      errno = static_cast<int>(-n);
    }
    return EOF;
  }
  f->rend += n;
  return *f->rpos++;
}

// In the buffer when the byte before rpos is free, else in the backup area: at least
// kBackupSize pushes in a row, whatever was read.
int unget_byte(FILE* f, int c) noexcept {
  if (c == EOF) return EOF;
  if (!f->rend) {
    if (f->wend && !flush_output(f)) return EOF;
    f->wpos = f->wend = nullptr;
    f->rpos = f->rend = f->buffer;
  }
  if (!(f->flags & kInBackup) && f->rpos > f->buffer) {
    *--f->rpos = static_cast<unsigned char>(c);
  } else {
    if (!(f->flags & kInBackup)) {
      f->flags |= kInBackup;
      f->saved_rpos = f->rpos;
      f->saved_rend = f->rend;
      f->rpos = f->rend = f->backup + kBackupSize;
    }
    if (f->rpos == f->backup) return EOF;
    *--f->rpos = static_cast<unsigned char>(c);
  }
  f->flags &= ~kEof;
  return static_cast<unsigned char>(c);
}

}  // namespace sysgate::stdio
