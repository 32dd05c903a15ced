#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(ssize_t, readlinkat, (int dirfd, const char* __restrict path, char* __restrict buf, size_t size) noexcept) {
  return to_c<ssize_t>(checked_syscall<ssize_t>(SYS_readlinkat, dirfd, path, buf, size));
}

}  // namespace sysgate::c
