#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_resource/kernel_rusage.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(pid_t, wait4,
                   (pid_t pid, int* status, int options, struct rusage* usage) noexcept) {
  long r = resource::with_kernel_rusage(usage, [&](resource::KernelRusage* k) {
    return syscall(SYS_wait4, pid, status, options, k);
  });
  return to_c<pid_t>(Result<pid_t>::from_word(r));
}

}  // namespace sysgate::c
