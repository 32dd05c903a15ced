#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, link, (const char* old_path, const char* new_path) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_linkat, AT_FDCWD, old_path, AT_FDCWD, new_path, 0));
}

}  // namespace sysgate::c
