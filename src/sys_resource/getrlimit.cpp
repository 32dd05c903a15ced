#include <sys/resource.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, getrlimit, (int resource, struct rlimit* limit) noexcept) {
  return to_c<int>(checked_syscall<int>(SYS_prlimit64, 0, resource, nullptr, limit));
}

}  // namespace sysgate::c
