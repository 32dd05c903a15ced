#include <errno.h>
#include <sys/random.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// glibc's: at most 256 bytes (EIO beyond), all of them, through signals (EINTR).
SYSGATE_C_FUNCTION(int, getentropy, (void* buf, size_t length) noexcept) {
  if (length > 256) {
    errno = EIO;
    return -1;
  }
  auto* p = static_cast<unsigned char*>(buf);
  while (length > 0) {
    ssize_t n = getrandom(p, length, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += n;
    length -= static_cast<size_t>(n);
  }
  return 0;
}

}  // namespace sysgate::c
