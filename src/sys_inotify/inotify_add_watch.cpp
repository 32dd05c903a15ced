#include <sys/inotify.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, inotify_add_watch, (int fd, const char* path, uint32_t mask) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_inotify_add_watch, fd, path, mask));
}

}  // namespace sysgate::c
