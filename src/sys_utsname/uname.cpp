#include <sys/syscall.h>
#include <sys/utsname.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, uname, (struct utsname* name) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_uname, name));
}

}  // namespace sysgate::c
