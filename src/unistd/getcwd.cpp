#include <errno.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, getcwd, (char* buf, size_t size) noexcept) {
  char* allocated = nullptr;
  bool fit = false;  // allocated here and sized by us: shrink to the path
  if (!buf) {
    // glibc's extension: a buffer of the size asked for, or as long as the path.
    constexpr size_t path_max = 4096;
    allocated = static_cast<char*>(malloc(size ? size : path_max));
    if (!allocated) {
      errno = ENOMEM;
      return nullptr;
    }
    buf = allocated;
    if (!size) {
      size = path_max;
      fit = true;
    }
  } else if (size == 0) {
    errno = EINVAL;
    return nullptr;
  }
  long r = sysgate::syscall(SYS_getcwd, buf, size);
  // A directory outside the caller's root comes back as "(unreachable)/...".
  if (r > 0 && buf[0] != '/') r = -ENOENT;
  if (is_error_word(r)) {
    free(allocated);
    errno = static_cast<int>(-r);
    return nullptr;
  }
  if (fit) {
    if (char* shrunk = static_cast<char*>(realloc(allocated, static_cast<size_t>(r))))
      return shrunk;
  }
  return buf;
}

}  // namespace sysgate::c
