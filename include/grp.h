#ifndef SYSGATE_GRP_H
#define SYSGATE_GRP_H
#include <bits/cdefs.h>
#define __NEED_size_t
#define __NEED_gid_t
#include <bits/alltypes.h>

/* One line of /etc/group (no NSS: the file is the only database). */
struct group {
  char* gr_name;
  char* gr_passwd;
  gid_t gr_gid;
  char** gr_mem; /* the members' names, NULL-terminated */
};

SYSGATE_BEGIN_C
/* NULL when there is no such group (errno unchanged) or on error (errno set). */
struct group* getgrnam(const char* name) SYSGATE_NOEXCEPT;
struct group* getgrgid(gid_t gid) SYSGATE_NOEXCEPT;
/* 0 with *result NULL when there is no such group; ERANGE when `buf` is too small. */
int getgrnam_r(const char* name, struct group* entry, char* buf, size_t size,
               struct group** result) SYSGATE_NOEXCEPT;
int getgrgid_r(gid_t gid, struct group* entry, char* buf, size_t size,
               struct group** result) SYSGATE_NOEXCEPT;
void setgrent(void) SYSGATE_NOEXCEPT;
struct group* getgrent(void) SYSGATE_NOEXCEPT;
void endgrent(void) SYSGATE_NOEXCEPT;
/* `group` and then every group of /etc/group naming `user` as a member (file order).
 * Stores at most *ngroups, sets *ngroups to their count; answers it, or -1 when the
 * array was too small. */
int getgrouplist(const char* user, gid_t group, gid_t* groups, int* ngroups) SYSGATE_NOEXCEPT;
/* setgroups with getgrouplist's list (root only: EPERM otherwise). */
int initgroups(const char* user, gid_t group) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
