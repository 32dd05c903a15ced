#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/internal/file_offset.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, pwrite, (int fd, const void* buf, size_t count, off_t offset) noexcept) {
  return to_c<ssize_t>(Result<ssize_t>::from_word(
      internal::offset_syscall(arch::sys_pwrite, offset, fd, buf, count)));
}

}  // namespace sysgate::c
