#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/file_offset.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, ftruncate, (int fd, off_t length) noexcept) {
  return to_c<int>(
      Result<int>::from_word(internal::offset_syscall(arch::sys_ftruncate, length, fd)));
}

}  // namespace sysgate::c
