#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(off_t, lseek, (int fd, off_t offset, int whence) noexcept) {
  if constexpr (arch::sys_llseek != 0) {
    // _llseek(fd, high, low, &result, whence): the 64-bit position comes back in memory.
    auto bits = static_cast<uint64_t>(offset);
    off_t result;
    long r = sysgate::syscall(arch::sys_llseek, fd, static_cast<unsigned long>(bits >> 32),
                              static_cast<unsigned long>(bits), &result, whence);
    if (is_error_word(r)) return to_c<off_t>(Result<int>::from_word(r));
    return result;
  } else {
    return to_c<off_t>(checked_syscall<long>(SYS_lseek, fd, offset, whence));
  }
}

}  // namespace sysgate::c
