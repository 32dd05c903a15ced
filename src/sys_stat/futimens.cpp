#include <sys/stat.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_stat/kernel_utimensat.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, futimens, (int fd, const struct timespec times[2]) noexcept) {
  return to_c<int>(Result<int>::from_word(internal::utimensat(fd, nullptr, times, 0)));
}

}  // namespace sysgate::c
