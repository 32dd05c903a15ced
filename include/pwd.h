#ifndef SYSGATE_PWD_H
#define SYSGATE_PWD_H
#include <bits/cdefs.h>
#define __NEED_size_t
#define __NEED_uid_t
#define __NEED_gid_t
#include <bits/alltypes.h>

/* One line of /etc/passwd (no NSS: the file is the only database). */
struct passwd {
  char* pw_name;
  char* pw_passwd;
  uid_t pw_uid;
  gid_t pw_gid;
  char* pw_gecos;
  char* pw_dir;
  char* pw_shell;
};

SYSGATE_BEGIN_C
/* NULL when there is no such user (errno unchanged) or on error (errno set). The
 * answer lives in storage the next call of the same function overwrites. */
struct passwd* getpwnam(const char* name) SYSGATE_NOEXCEPT;
struct passwd* getpwuid(uid_t uid) SYSGATE_NOEXCEPT;
/* 0 with *result NULL when there is no such user; ERANGE when `buf` is too small. */
int getpwnam_r(const char* name, struct passwd* entry, char* buf, size_t size,
               struct passwd** result) SYSGATE_NOEXCEPT;
int getpwuid_r(uid_t uid, struct passwd* entry, char* buf, size_t size,
               struct passwd** result) SYSGATE_NOEXCEPT;
/* Walk the file: getpwent answers NULL at its end. */
void setpwent(void) SYSGATE_NOEXCEPT;
struct passwd* getpwent(void) SYSGATE_NOEXCEPT;
void endpwent(void) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
