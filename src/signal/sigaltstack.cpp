#include <signal.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, sigaltstack,
                   (const stack_t* __restrict stack, stack_t* __restrict old) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_sigaltstack, stack, old));
}

}  // namespace sysgate::c
