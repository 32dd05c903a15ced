#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/byte_set.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(size_t, strcspn, (const char* s, const char* reject) noexcept) {
  if (!reject[0] || !reject[1]) return strchrnul(s, reject[0]) - s;
  string::ByteSet set(reject);
  size_t i = 0;
  while (s[i] && !set.has(s[i])) ++i;
  return i;
}

}  // namespace sysgate::c
