#include <sys/mman.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mprotect, (void* address, size_t length, int protection) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_mprotect, address, length, protection));
}

}  // namespace sysgate::c
