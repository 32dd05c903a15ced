// What the C faces of the printf engine share: the %m text and the C return value.
#pragma once
#include <errno.h>
#include <limits.h>

#include "src/stdio/format.hpp"

namespace sysgate::stdio {

// %m: strerror(errno), as errno was when the engine reached it.
const char* errno_text(Sink* self);

// A Sink whose %m is strerror(errno).
struct CSink : Sink {
  explicit CSink(bool (*put_bytes)(Sink*, const char*, size_t))
      : Sink{put_bytes, &stdio::errno_text} {}
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
