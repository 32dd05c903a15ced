#include <sched.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// The kernel writes as many bytes as its CPU mask has; the rest is cleared, as glibc.
SYSGATE_C_FUNCTION(int, sched_getaffinity, (pid_t pid, size_t size, cpu_set_t* set) noexcept) {
  size_t asked = size > 0x7fffffff ? 0x7fffffff : size;
  Result<long> r = checked_syscall<long>(SYS_sched_getaffinity, pid, asked, set);
  if (!r.ok()) return to_c<int>(r);
  for (size_t i = static_cast<size_t>(r.value()); i < size; ++i)
    reinterpret_cast<unsigned char*>(set)[i] = 0;
  return 0;
}

}  // namespace sysgate::c
