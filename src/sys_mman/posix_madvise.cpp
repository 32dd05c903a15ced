#include <sys/mman.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

// Returns the error number and leaves errno alone. POSIX_MADV_DONTNEED is advice that
// may be ignored, and is: Linux's MADV_DONTNEED would discard the pages' contents.
SYSGATE_C_FUNCTION(int, posix_madvise, (void* address, size_t length, int advice) noexcept) {
  if (advice == POSIX_MADV_DONTNEED) return 0;
  long r = sysgate::syscall(SYS_madvise, address, length, advice);
  return is_error_word(r) ? static_cast<int>(-r) : 0;
}

}  // namespace sysgate::c
