#include <sched.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>
#include <sysgate/time.hpp>

#include "arch_vdso.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/vdso/live_vdso.hpp"

namespace sysgate {
namespace {
// The same call on both arches: the vDSO's, else the syscall.
vdso::Function<long (*)(unsigned*, unsigned*, void*)> vdso_getcpu{"__vdso_getcpu",
                                                                  arch::vdso_version};
}  // namespace

Result<int> current_cpu() noexcept {
  unsigned cpu = 0;
  long r;
  if (!vdso::answered_by_vdso(vdso_getcpu, &r, &cpu, nullptr, nullptr))
    r = syscall(SYS_getcpu, &cpu, nullptr, nullptr);
  return Result<int>::from_word(r == 0 ? static_cast<long>(cpu) : r);
}

namespace c {
SYSGATE_C_FUNCTION(int, sched_getcpu, () noexcept) { return to_c<int>(current_cpu()); }
}  // namespace c

}  // namespace sysgate
