#include <sys/mount.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, umount2, (const char* target, int flags) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_umount2, target, flags));
}

}  // namespace sysgate::c
