#include <sys/resource.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// prlimit64 reads and writes the libc's struct rlimit as it is (64-bit on both arches).
SYSGATE_C_FUNCTION(int, prlimit,
                   (pid_t pid, int resource, const struct rlimit* limit,
                    struct rlimit* old) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_prlimit64, pid, resource, limit, old));
}

}  // namespace sysgate::c
