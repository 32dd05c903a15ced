#include <sys/syscall.h>
#include <sys/wait.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, waitid, (idtype_t type, id_t id, siginfo_t* info, int options) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_waitid, type, id, info, options, nullptr));
}

}  // namespace sysgate::c
