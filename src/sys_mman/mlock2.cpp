#include <sys/mman.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mlock2, (const void* address, size_t length, unsigned flags) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_mlock2, address, length, flags));
}

}  // namespace sysgate::c
