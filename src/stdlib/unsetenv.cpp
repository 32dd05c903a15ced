#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/environment.hpp"

namespace sysgate::c {

// Removes every entry of the name (putenv may have added duplicates), keeping the
// order of the rest.
SYSGATE_C_FUNCTION(int, unsetenv, (const char* name) noexcept) {
  size_t length = stdlib::environment_name_length(name);
  if (length == 0) {
    errno = EINVAL;
    return -1;
  }
  internal::LockGuard guard(stdlib::environ_lock);
  long i;
  while ((i = stdlib::environment_find(name, length)) >= 0) do
      environ[i] = environ[i + 1];
    while (environ[i++]);
  return 0;
}

}  // namespace sysgate::c
