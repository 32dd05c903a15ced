#include <string.h>

#include "src/internal/c_export.hpp"
#include "src/string/byte_set.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(size_t, strspn, (const char* s, const char* accept) noexcept) {
  string::ByteSet set(accept);
  size_t i = 0;
  while (s[i] && set.has(s[i])) ++i;
  return i;
}

}  // namespace sysgate::c
