#include "src/stdlib/environment.hpp"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

namespace sysgate::stdlib {

internal::Lock environ_lock;
char** owned_environ;

size_t environment_name_length(const char* name) noexcept {
  if (!name) return 0;
  size_t n = 0;
  for (; name[n]; ++n)
    if (name[n] == '=') return 0;
  return n;
}

long environment_find(const char* name, size_t length) noexcept {
  if (!environ) return -1;
  for (long i = 0; environ[i]; ++i)
    if (strncmp(environ[i], name, length) == 0 && environ[i][length] == '=') return i;
  return -1;
}

bool environment_put(char* entry, size_t name_length) noexcept {
  long i = environment_find(entry, name_length);
  if (i >= 0) {
    environ[i] = entry;
    return true;
  }
  size_t count = 0;
  if (environ)
    while (environ[count]) ++count;
  char** array;
  if (environ && environ == owned_environ) {
    array = static_cast<char**>(realloc(environ, (count + 2) * sizeof(char*)));
    if (!array) return false;
  } else {
    array = static_cast<char**>(malloc((count + 2) * sizeof(char*)));
    if (!array) return false;
    if (count) memcpy(array, environ, count * sizeof(char*));
  }
  array[count] = entry;
  array[count + 1] = nullptr;
  environ = owned_environ = array;
  return true;
}

}  // namespace sysgate::stdlib
