#include <string.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(char*, strsep, (char** __restrict s, const char* __restrict delim) noexcept) {
  char* token = *s;
  if (!token) return nullptr;
  char* end = token + strcspn(token, delim);
  if (*end) {
    *end = 0;
    *s = end + 1;
  } else {
    *s = nullptr;
  }
  return token;
}

}  // namespace sysgate::c
