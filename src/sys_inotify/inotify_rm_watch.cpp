#include <sys/inotify.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, inotify_rm_watch, (int fd, int wd) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_inotify_rm_watch, fd, wd));
}

}  // namespace sysgate::c
