#include <stdlib.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// |x|, negated as unsigned: abs(INT_MIN), undefined in C, gives INT_MIN as glibc's does.
SYSGATE_C_FUNCTION(int, abs, (int x) noexcept) {
  return x < 0 ? static_cast<int>(0u - static_cast<unsigned>(x)) : x;
}

}  // namespace sysgate::c
