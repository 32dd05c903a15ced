#include <stdlib.h>
#include <unistd.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, getenv, (const char* name) noexcept) {
  if (!environ || !name) return nullptr;
  for (char** e = environ; *e; ++e) {
    const char* entry = *e;
    const char* n = name;
    while (*n && *n == *entry) ++n, ++entry;
    if (*n == 0 && *entry == '=') return const_cast<char*>(entry + 1);
  }
  return nullptr;
}

}  // namespace sysgate::c
