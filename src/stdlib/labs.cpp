#include <stdlib.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// |x|, negated as unsigned: labs(LONG_MIN) gives LONG_MIN as glibc's does.
SYSGATE_C_FUNCTION(long, labs, (long x) noexcept) {
  return x < 0 ? static_cast<long>(0ul - static_cast<unsigned long>(x)) : x;
}

}  // namespace sysgate::c
