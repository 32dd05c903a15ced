#include <sys/mount.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mount, (const char* source, const char* target, const char* type, unsigned long flags, const void* data) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_mount, source, target, type, flags, data));
}

}  // namespace sysgate::c
