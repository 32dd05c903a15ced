#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void, sync, (void) noexcept) { sysgate::syscall(SYS_sync); }

}  // namespace sysgate::c
