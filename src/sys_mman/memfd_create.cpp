#include <sys/mman.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, memfd_create, (const char* name, unsigned flags) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_memfd_create, name, flags));
}

}  // namespace sysgate::c
