#include <sys/mman.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, mincore, (void* address, size_t length, unsigned char* vector) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_mincore, address, length, vector));
}

}  // namespace sysgate::c
