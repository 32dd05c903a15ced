#include <errno.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(void*, mmap,
                   (void* address, size_t length, int protection, int flags, int fd,
                    off_t offset) noexcept) {
  // i386's mmap2 counts the offset in 4096-byte units, which must fit in its word.
  constexpr off_t unit = off_t{1} << arch::mmap_offset_shift;
  auto units = static_cast<unsigned long long>(offset) >> arch::mmap_offset_shift;
  if (offset % unit != 0 || units > ~0ul) {
    errno = EINVAL;
    return MAP_FAILED;
  }
  long word = sysgate::syscall(arch::sys_mmap, address, length, protection, flags, fd,
                               static_cast<unsigned long>(units));
  if (is_error_word(word)) {
    errno = static_cast<int>(-word);
    return MAP_FAILED;
  }
  return reinterpret_cast<void*>(word);
}

}  // namespace sysgate::c
