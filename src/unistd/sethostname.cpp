#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, sethostname, (const char* name, size_t size) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_sethostname, name, size));
}

}  // namespace sysgate::c
