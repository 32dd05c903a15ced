#include <signal.h>

#include "src/internal/c_export.hpp"
#include "src/signal/sigset.hpp"

namespace sysgate::c {

// Every signal but glibc's reserved 32 and 33.
SYSGATE_C_FUNCTION(int, sigfillset, (sigset_t * set) noexcept) {
  for (auto& w : set->__bits) w = ~0ul;
  signal::clear_reserved(set->__bits);
  return 0;
}

}  // namespace sysgate::c
