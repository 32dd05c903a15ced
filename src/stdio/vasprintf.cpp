#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/c_format.hpp"

namespace sysgate::c {
namespace {

// Output into a malloc'd buffer that doubles as it fills.
struct GrowingSink : stdio::CSink {
  char* buffer = nullptr;
  size_t size = 0, used = 0;
  GrowingSink() : CSink(put, stdio::errno_text) {}

  static bool put(stdio::Sink* self, const char* bytes, size_t n) {
    auto& s = *static_cast<GrowingSink*>(self);
    if (s.size - s.used <= n) {  // keep room for the NUL
      size_t want = s.size ? s.size : 64;
      while (want - s.used <= n) {
        if (want > SIZE_MAX / 2) return false;
        want *= 2;
      }
      char* bigger = static_cast<char*>(realloc(s.buffer, want));
      if (!bigger) return false;
      s.buffer = bigger;
      s.size = want;
    }
    __builtin_memcpy(s.buffer + s.used, bytes, n);
    s.used += n;
    return true;
  }
};

}  // namespace

// As glibc: *out is the new string, or left unspecified (here: untouched) on failure.
SYSGATE_C_FUNCTION(int, vasprintf, (char** out, const char* format, __isoc_va_list args) noexcept) {
  GrowingSink sink;
  long result = stdio::format(sink, format, args);
  if (result >= 0 && !sink.buffer) sink.buffer = static_cast<char*>(malloc(1));
  if (result < 0 || !sink.buffer) {
    free(sink.buffer);
    // A failed put() is a failed allocation here, not an I/O error.
    return stdio::to_c_count(result == -stdio::kErrorIo || result >= 0 ? -ENOMEM : result);
  }
  sink.buffer[sink.used] = 0;
  *out = sink.buffer;
  return stdio::to_c_count(result);
}

}  // namespace sysgate::c
