#include <stdlib.h>

#include "src/internal/c_export.hpp"
#include "src/internal/parse_integer.hpp"

namespace sysgate::c {

// As glibc: (long long)strtoll(s, NULL, 10), errno included.
SYSGATE_C_FUNCTION(long long, atoll, (const char* s) noexcept) {
  return static_cast<long long>(
      internal::parse_integer<long long>(s, static_cast<char**>(nullptr), 10));
}

}  // namespace sysgate::c
