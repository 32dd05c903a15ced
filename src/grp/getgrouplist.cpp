#include <grp.h>
#include <stdlib.h>

#include "src/grp/group_list.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

// glibc's: the first min(*count, total) of the list into `groups`, *count = total, and
// total, or -1 when `groups` was too small (or memory ran out).
SYSGATE_C_FUNCTION(int, getgrouplist,
                   (const char* user, gid_t group, gid_t* groups, int* count) noexcept) {
  gid_t* list = nullptr;
  size_t capacity = 0;
  long total = users::group_list(user, group, &list, &capacity, static_cast<size_t>(-1));
  if (total < 0) {
    free(list);
    return -1;
  }
  long room = *count > 0 ? *count : 0;
  for (long i = 0; i < total && i < room; ++i) groups[i] = list[i];
  free(list);
  *count = static_cast<int>(total);
  return total > room ? -1 : static_cast<int>(total);
}

}  // namespace sysgate::c
