#include <sys/mman.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, madvise, (void* address, size_t length, int advice) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_madvise, address, length, advice));
}

}  // namespace sysgate::c
