#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, strtok_r,
                   (char* __restrict s, const char* __restrict delim,
                    char** __restrict save) noexcept) {
  if (!s) s = *save;
  s += strspn(s, delim);
  if (!*s) {
    *save = s;
    return nullptr;
  }
  char* end = s + strcspn(s, delim);
  if (*end) *end++ = 0;
  *save = end;
  return s;
}

}  // namespace sysgate::c
