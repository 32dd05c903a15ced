#include <signal.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, sigemptyset, (sigset_t * set) noexcept) {
  for (auto& w : set->__bits) w = 0;
  return 0;
}

}  // namespace sysgate::c
