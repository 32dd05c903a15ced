#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// Always -1 with EINTR, once a handler ran.
SYSGATE_C_FUNCTION(int, pause, () noexcept) { return to_c<int>(checked_syscall<int>(SYS_pause)); }

}  // namespace sysgate::c
