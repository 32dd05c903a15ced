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

// An unbuffered stream (stderr) gets a buffer on the stack for the call, as in glibc:
// one write per printf, however the engine splits its output.
struct StackSink : CSink {
  FILE* file;
  size_t used = 0;
  unsigned char buffer[1024];
  StackSink(FILE* f, ErrnoText texts, const Extras* rare) : CSink(put, texts, rare), file(f) {}
  bool drain() {
    size_t n = used;
    used = 0;
    return write_bytes(file, buffer, n) == n;
  }
  static bool put(Sink* self, const char* bytes, size_t n) {
    auto& s = *static_cast<StackSink*>(self);
    if (n > sizeof s.buffer - s.used) {
      if (s.used && !s.drain()) return false;
      if (n >= sizeof s.buffer)
        return write_bytes(s.file, reinterpret_cast<const unsigned char*>(bytes), n) == n;
    }
    __builtin_memcpy(s.buffer + s.used, bytes, n);
    s.used += n;
    return true;
  }
};

}  // namespace

int print_to_file(FILE* f, const char* format, va_list args, ErrnoText texts,
                  const Extras* extras) noexcept {
  if (!to_write(f)) return -1;  // EBADF: not open for writing
  long result;
  if (f->flags & kUnbuffered) {
    StackSink sink(f, texts, extras);
    result = stdio::format(sink, format, args);
    if (sink.used && !sink.drain() && result >= 0) result = -kErrorIo;
  } else {
    FileSink sink(f, texts, extras);
    result = stdio::format(sink, format, args);
  }
  // A write error has set errno (EBADF, EPIPE...) and the stream's error flag.
  if (result == -kErrorIo) return -1;
  return to_c_count(result);
}

}  // namespace sysgate::stdio
