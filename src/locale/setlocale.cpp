#include <errno.h>
#include <locale.h>
#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Only the C locale exists: asking for it (by "C", "POSIX" or "") or querying
// (NULL) gives "C"; any other name gives NULL and changes nothing.
SYSGATE_C_FUNCTION(char*, setlocale, (int category, const char* locale) noexcept) {
  if (category < LC_CTYPE || category > LC_IDENTIFICATION) {
    errno = EINVAL;
    return nullptr;
  }
  static char c_name[] = "C";
  if (!locale || !*locale || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0)
    return c_name;
  return nullptr;
}

}  // namespace sysgate::c
