#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "src/grp/group_list.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

// setgroups with getgrouplist's list, cut to the kernel's NGROUPS_MAX; on EINVAL
// (fewer allowed) retried one group shorter at a time, as glibc's.
SYSGATE_C_FUNCTION(int, initgroups, (const char* user, gid_t group) noexcept) {
  gid_t* list = nullptr;
  size_t capacity = 0;
  long count = users::group_list(user, group, &list, &capacity, NGROUPS_MAX);
  if (count < 0) {
    free(list);
    errno = ENOMEM;
    return -1;
  }
  int status;
  do status = setgroups(static_cast<size_t>(count), list);
  while (status == -1 && errno == EINVAL && --count > 0);
  free(list);
  return status;
}

}  // namespace sysgate::c
