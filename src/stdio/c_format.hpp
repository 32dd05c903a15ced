// What the C faces of the printf engine share: the %m text and the C return value.
#pragma once
#include <errno.h>
#include <limits.h>

#include "src/stdio/format.hpp"

namespace sysgate::stdio {

// %m: strerror(errno), as errno was when the engine reached it.
const char* errno_text(Sink* self);

// What a C face passes for %m: &errno_text, or nullptr from the __*printf_no_m faces,
// which <stdio.h> calls only for a literal format without an 'm' (no %m to print), so
// that a program links strerror's texts only where %m may be printed. Only the faces
// name errno_text: the engine and the sinks take it as a value.
using ErrnoText = const char* (*)(Sink*);

// A Sink whose %m is strerror(errno) (or nothing for the no_m faces), and whose rare
// conversions are kExtras (or none for the lean faces).
struct CSink : Sink {
  explicit CSink(bool (*put_bytes)(Sink*, const char*, size_t), ErrnoText texts,
                 const Extras* rare = &kExtras)
      : Sink{put_bytes, texts, rare} {}
};

// The engine's count, or -1 with errno from its negative result.
inline int to_c_count(long result) {
  if (result < 0) {
    errno = static_cast<int>(-result);
    return -1;
  }
  return static_cast<int>(result);
}

}  // namespace sysgate::stdio
