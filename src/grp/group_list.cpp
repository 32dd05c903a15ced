#include "src/grp/group_list.hpp"

#include <errno.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>

#include "src/pwd/user_file.hpp"

namespace sysgate::c::users {
namespace {

bool add(gid_t gid, gid_t** list, size_t* capacity, size_t* count) noexcept {
  if (*count == *capacity) {
    size_t bigger = *capacity ? 2 * *capacity : 16;
    auto* grown = static_cast<gid_t*>(realloc(*list, bigger * sizeof(gid_t)));
    if (!grown) return false;
    *list = grown;
    *capacity = bigger;
  }
  (*list)[(*count)++] = gid;
  return true;
}

}  // namespace

long group_list(const char* user, gid_t primary, gid_t** list, size_t* capacity,
                size_t limit) noexcept {
  size_t count = 0;
  if (!add(primary, list, capacity, &count)) return -1;
  FILE* file = fopen(group_path, "re");
  if (!file) return static_cast<long>(count);
  size_t size = 1024;
  char* buf = static_cast<char*>(malloc(size));
  long answer = -1;
  if (buf) {
    for (;;) {
      group entry;
      int status = next(file, &entry, buf, size);
      if (status == ERANGE) {
        char* bigger = static_cast<char*>(realloc(buf, 2 * size));
        if (!bigger) break;
        buf = bigger;
        size *= 2;
        continue;
      }
      if (status != 0 || count == limit) {
        answer = static_cast<long>(count);
        break;
      }
      if (entry.gr_gid == primary) continue;
      bool member = false;
      for (char** m = entry.gr_mem; *m && !member; ++m) member = same(*m, user);
      if (member && !add(entry.gr_gid, list, capacity, &count)) break;
    }
  }
  free(buf);
  fclose(file);
  return answer;
}

}  // namespace sysgate::c::users
