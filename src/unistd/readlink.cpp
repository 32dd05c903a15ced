#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, readlink, (const char* __restrict path, char* __restrict buf, size_t size) noexcept) {
  return to_c<ssize_t>(checked_syscall<ssize_t>(SYS_readlinkat, AT_FDCWD, path, buf, size));
}

}  // namespace sysgate::c
