#include <sys/resource.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_resource/kernel_rusage.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getrusage, (int who, struct rusage* usage) noexcept) {
  long r = resource::with_kernel_rusage(
      usage, [&](resource::KernelRusage* k) { return syscall(SYS_getrusage, who, k); });
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
