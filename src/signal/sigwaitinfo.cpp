#include <signal.h>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, sigwaitinfo,
                   (const sigset_t* __restrict set, siginfo_t* __restrict info) noexcept) {
  return sigtimedwait(set, info, nullptr);
}

}  // namespace sysgate::c
