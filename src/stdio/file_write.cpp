#include <errno.h>

#include "src/stdio/file.hpp"

namespace sysgate::stdio {

bool to_write(FILE* f) noexcept {
  if (f->wend) return true;
  if (f->flags & kNoWrite) {
    f->flags |= kError;
    errno = EBADF;
    return false;
  }
  if (f->flags & kCheckTty) settle_buffering(f);
  if (f->rend) {
    // From reading to writing: the file offset goes back to the stream's position.
    long long unread = f->rend - f->rpos;
    if (f->flags & kInBackup) unread += f->saved_rend - f->saved_rpos;
    long long ignored;
    if (unread) f->ops->seek(f, -unread, 1, &ignored);
    f->flags &= ~kInBackup;
    f->rpos = f->rend = nullptr;
  }
  f->wpos = f->buffer;
  f->wend = buffer_end(f);
  return true;
}

bool flush_output(FILE* f) noexcept {
  size_t pending = f->wpos ? static_cast<size_t>(f->wpos - f->buffer) : 0;
  if (!pending) return true;
  f->wpos = f->buffer;
  long r = f->ops->write(f, f->buffer, pending);
  if (r < 0) {
    f->flags |= kError;
    errno = static_cast<int>(-r);
    return false;
  }
  return true;
}

// Writes straight to the backend, after what is pending; the bytes taken.
static size_t write_through(FILE* f, const unsigned char* bytes, size_t n) {
  if (!flush_output(f)) return 0;
  long r = f->ops->write(f, bytes, n);
  if (r < 0) {
    f->flags |= kError;
    errno = static_cast<int>(-r);
    return 0;
  }
  return static_cast<size_t>(r);
}

// glibc's _IO_file_xsputn: fill the buffer (on a line-buffered stream, up to the last
// newline if all fits, then flush), flush when full, write whole buffers straight
// through, keep the rest. So a pipe sees the same writes as under glibc.
size_t write_bytes(FILE* f, const unsigned char* bytes, size_t n) noexcept {
  if (!n || !to_write(f)) return 0;
  if (f->flags & kUnbuffered) return write_through(f, bytes, n);
  size_t room = static_cast<size_t>(f->wend - f->wpos), take = n < room ? n : room;
  bool must_flush = false;
  if ((f->flags & kLineBuffered) && n <= room) {
    for (size_t i = n; i > 0; --i)
      if (bytes[i - 1] == '\n') {
        take = i;
        must_flush = true;
        break;
      }
  }
  __builtin_memcpy(f->wpos, bytes, take);
  f->wpos += take;
  size_t done = take;
  if (done == n && !must_flush) return n;
  if (!flush_output(f)) return done;
  size_t rest = n - done, block = f->buffer_size;
  size_t direct = rest - (block >= 128 ? rest % block : 0);
  if (direct) {
    size_t written = write_through(f, bytes + done, direct);
    done += written;
    if (written < direct) return done;
  }
  return done + (done < n ? write_bytes(f, bytes + done, n - done) : 0);
}

int put_byte(FILE* f, int c) noexcept {
  unsigned char byte = static_cast<unsigned char>(c);
  if (!to_write(f)) return EOF;
  if (f->wpos == f->wend && !flush_output(f)) return EOF;
  if (f->flags & kUnbuffered) return write_through(f, &byte, 1) ? byte : EOF;
  *f->wpos++ = byte;
  if (byte == f->line_end && !flush_output(f)) return EOF;
  return byte;
}

}  // namespace sysgate::stdio
