#include <stdio.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/stdio/c_format.hpp"

namespace sysgate::c {
namespace {

// Buffers on the stack and writes in whole chunks: a few write()s per call, however
// the engine splits its output.
struct FdSink : stdio::CSink {
  int fd;
  size_t used = 0;
  char buffer[1024];
  explicit FdSink(int f) : CSink(put, stdio::errno_text), fd(f) {}

  bool flush() {
    for (size_t done = 0; done < used;) {
      long r = sysgate::syscall(SYS_write, fd, buffer + done, used - done);
      if (r == -EINTR) continue;
      if (is_error_word(r)) {
        errno = static_cast<int>(-r);
        return false;
      }
      done += static_cast<size_t>(r);
    }
    used = 0;
    return true;
  }

  static bool put(stdio::Sink* self, const char* bytes, size_t n) {
    auto& s = *static_cast<FdSink*>(self);
    while (n) {
      if (s.used == sizeof s.buffer && !s.flush()) return false;
      size_t chunk = n < sizeof s.buffer - s.used ? n : sizeof s.buffer - s.used;
      __builtin_memcpy(s.buffer + s.used, bytes, chunk);
      s.used += chunk;
      bytes += chunk;
      n -= chunk;
    }
    return true;
  }
};

}  // namespace

SYSGATE_C_FUNCTION(int, vdprintf, (int fd, const char* format, __isoc_va_list args) noexcept) {
  FdSink sink(fd);
  long result = stdio::format(sink, format, args);
  // A write error leaves its own errno (EBADF, EPIPE...), as glibc's does.
  if (result == -stdio::kErrorIo || !sink.flush()) return -1;
  return stdio::to_c_count(result);
}

}  // namespace sysgate::c
