#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Cannot fail.
SYSGATE_C_FUNCTION(pid_t, getpgrp, () noexcept) { return static_cast<pid_t>(syscall(SYS_getpgrp)); }

}  // namespace sysgate::c
