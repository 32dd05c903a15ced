#include <errno.h>

#include "src/stdio/file_sink.hpp"

namespace sysgate::stdio {
namespace {

struct FileSink : CSink {
  FILE* file;
  FileSink(FILE* f, ErrnoText texts, const Extras* rare) : CSink(put, texts, rare), file(f) {}
  static bool put(Sink* self, const char* bytes, size_t n) {
    FILE* f = static_cast<FileSink*>(self)->file;
    return write_bytes(f, reinterpret_cast<const unsigned char*>(bytes), n) == n;
  }
};

}  // namespace

int print_to_file(FILE* f, const char* format, va_list args, ErrnoText texts,
                  const Extras* extras) noexcept {
  FileGuard guard(f);           // here, not in each C face: one lock call site in a program
  if (!to_write(f)) return -1;  // EBADF: not open for writing
  // An unbuffered stream (stderr) is fully buffered for the call, in a buffer on the
  // stack, as glibc does: one write per printf (of up to 1 KiB), however the engine
  // splits its output. The stream is in write mode with nothing pending (unbuffered).
  unsigned char stack[1024];
  unsigned char* own = f->buffer;
  size_t own_size = f->buffer_size;
  bool unbuffered = f->flags & kUnbuffered;
  if (unbuffered) {
    f->flags &= ~kUnbuffered;
    f->buffer = f->wpos = stack;
    f->buffer_size = sizeof stack;
    f->wend = stack + sizeof stack;
  }
  FileSink sink(f, texts, extras);
  long result = stdio::format(sink, format, args);
  if (unbuffered) {
    if (!flush_output(f) && result >= 0) result = -kErrorIo;
    f->flags |= kUnbuffered;
    f->buffer = f->wpos = f->wend = own;
    f->buffer_size = own_size;
  }
  // A write error has set errno (EBADF, EPIPE...) and the stream's error flag.
  if (result == -kErrorIo) return -1;
  return to_c_count(result);
}

}  // namespace sysgate::stdio
