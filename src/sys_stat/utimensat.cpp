#include <errno.h>
#include <sys/stat.h>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/sys_stat/kernel_utimensat.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, utimensat,
                   (int dirfd, const char* path, const struct timespec times[2],
                    int flags) noexcept) {
  // The kernel reads a NULL path as "dirfd itself", which is futimens's job (glibc).
  if (!path) return to_c<int>(Result<int>::failure(EINVAL));
  return to_c<int>(Result<int>::from_word(internal::utimensat(dirfd, path, times, flags)));
}

}  // namespace sysgate::c
