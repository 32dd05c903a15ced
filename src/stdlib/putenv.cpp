#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/environment.hpp"

namespace sysgate::c {

// The string itself becomes the entry. As glibc: a string without '=' unsets that
// name and returns 0 even when unsetenv fails; "=value" is added as it is.
SYSGATE_C_FUNCTION(int, putenv, (char* string) noexcept) {
  const char* equals = strchr(string, '=');
  if (!equals) {
    unsetenv(string);
    return 0;
  }
  internal::LockGuard guard(stdlib::environ_lock);
  if (!stdlib::environment_put(string, static_cast<size_t>(equals - string))) {
    errno = ENOMEM;
    return -1;
  }
  return 0;
}

}  // namespace sysgate::c
