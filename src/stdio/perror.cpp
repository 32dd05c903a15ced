#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

// glibc's format: "s: message\n", or "message\n" when s is NULL or empty; errno is
// read first and left as it was.
SYSGATE_C_FUNCTION(void, perror, (const char* s) noexcept) {
  int saved = errno;
  const char* message = strerror(saved);
  const char* parts[] = {s && *s ? s : "", s && *s ? ": " : "", message, "\n"};
  stdio::FileGuard guard(stderr);
  for (const char* part : parts)
    stdio::write_bytes(stderr, reinterpret_cast<const unsigned char*>(part),
                       __builtin_strlen(part));
  errno = saved;
}

}  // namespace sysgate::c
