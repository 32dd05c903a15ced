#include <errno.h>
#include <stdarg.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void*, mremap,
                   (void* address, size_t old_length, size_t new_length, int flags,
                    ...) noexcept) {
  void* new_address = nullptr;
  if (flags & MREMAP_FIXED) {
    va_list args;
    va_start(args, flags);
    new_address = va_arg(args, void*);
    va_end(args);
  }
  long word = sysgate::syscall(SYS_mremap, address, old_length, new_length, flags, new_address);
  if (is_error_word(word)) {
    errno = static_cast<int>(-word);
    return MAP_FAILED;
  }
  return reinterpret_cast<void*>(word);
}

}  // namespace sysgate::c
