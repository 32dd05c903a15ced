// getgrouplist and initgroups's common walk of /etc/group (src/grp/group_list.cpp).
#pragma once
#include <grp.h>
#include <stddef.h>

namespace sysgate::c::users {

// The groups `user` belongs to, as glibc's files backend finds them: `group` first,
// then in file order the gid of every line other than `group`'s whose member list
// names `user` (duplicates kept), at most `limit` in all. *list (malloc'd, *capacity
// entries, grown with realloc; the caller frees it) receives them; answers their count
// (at least 1 when *capacity > 0), or -1 when memory ran out (ENOMEM).
long group_list(const char* user, gid_t group, gid_t** list, size_t* capacity,
                size_t limit) noexcept;

}  // namespace sysgate::c::users
