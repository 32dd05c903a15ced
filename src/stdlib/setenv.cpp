#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/stdlib/environment.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, setenv, (const char* name, const char* value, int overwrite) noexcept) {
  size_t length = stdlib::environment_name_length(name);
  if (length == 0) {
    errno = EINVAL;
    return -1;
  }
  internal::LockGuard guard(stdlib::environ_lock);
  if (!overwrite && stdlib::environment_find(name, length) >= 0) return 0;
  size_t value_length = strlen(value);
  auto* entry = static_cast<char*>(malloc(length + value_length + 2));
  if (!entry) {
    errno = ENOMEM;
    return -1;
  }
  memcpy(entry, name, length);
  entry[length] = '=';
  memcpy(entry + length + 1, value, value_length + 1);
  if (!stdlib::environment_put(entry, length)) {
    free(entry);
    errno = ENOMEM;
    return -1;
  }
  return 0;
}

}  // namespace sysgate::c
