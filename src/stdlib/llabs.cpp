#include <stdlib.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// |x|, negated as unsigned: llabs(LLONG_MIN) gives LLONG_MIN as glibc's does.
SYSGATE_C_FUNCTION(long long, llabs, (long long x) noexcept) {
  return x < 0 ? static_cast<long long>(0ull - static_cast<unsigned long long>(x)) : x;
}

}  // namespace sysgate::c
