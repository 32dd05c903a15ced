/* posix_spawn with glibc's types and flag values (the libc's, not the kernel's). */
#ifndef SYSGATE_SPAWN_H
#define SYSGATE_SPAWN_H
#include <bits/cdefs.h>
#define __NEED_pid_t
#define __NEED_mode_t
#define __NEED_sigset_t
#include <bits/alltypes.h>
#include <sched.h>

#define POSIX_SPAWN_RESETIDS 0x01
#define POSIX_SPAWN_SETPGROUP 0x02
#define POSIX_SPAWN_SETSIGDEF 0x04
#define POSIX_SPAWN_SETSIGMASK 0x08
#define POSIX_SPAWN_SETSCHEDPARAM 0x10
#define POSIX_SPAWN_SETSCHEDULER 0x20
#define POSIX_SPAWN_USEVFORK 0x40
#define POSIX_SPAWN_SETSID 0x80

typedef struct {
  short __flags;
  pid_t __pgrp;
  sigset_t __sd;
  sigset_t __ss;
  struct sched_param __sp;
  int __policy;
  int __pad[16];
} posix_spawnattr_t;

typedef struct {
  int __allocated;
  int __used;
  struct __spawn_action* __actions;
  int __pad[16];
} posix_spawn_file_actions_t;

SYSGATE_BEGIN_C
/* 0 or an error number (the child's execve error too: ENOENT, EACCES...). */
int posix_spawn(pid_t* __restrict pid, const char* __restrict path,
                const posix_spawn_file_actions_t* actions, const posix_spawnattr_t* __restrict attr,
                char* const argv[], char* const envp[]) SYSGATE_NOEXCEPT;
/* The same with execvp's PATH search (without its /bin/sh fallback, as glibc). */
int posix_spawnp(pid_t* __restrict pid, const char* __restrict file,
                 const posix_spawn_file_actions_t* actions,
                 const posix_spawnattr_t* __restrict attr, char* const argv[],
                 char* const envp[]) SYSGATE_NOEXCEPT;

int posix_spawn_file_actions_init(posix_spawn_file_actions_t* actions) SYSGATE_NOEXCEPT;
int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t* actions) SYSGATE_NOEXCEPT;
int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t* __restrict actions, int fd,
                                     const char* __restrict path, int flags,
                                     mode_t mode) SYSGATE_NOEXCEPT;
int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t* actions, int fd) SYSGATE_NOEXCEPT;
int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t* actions, int fd,
                                     int new_fd) SYSGATE_NOEXCEPT;
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t* __restrict actions,
                                         const char* __restrict path) SYSGATE_NOEXCEPT;

int posix_spawnattr_init(posix_spawnattr_t* attr) SYSGATE_NOEXCEPT;
int posix_spawnattr_destroy(posix_spawnattr_t* attr) SYSGATE_NOEXCEPT;
int posix_spawnattr_getflags(const posix_spawnattr_t* __restrict attr,
                             short* __restrict flags) SYSGATE_NOEXCEPT;
int posix_spawnattr_setflags(posix_spawnattr_t* attr, short flags) SYSGATE_NOEXCEPT;
int posix_spawnattr_getsigmask(const posix_spawnattr_t* __restrict attr,
                               sigset_t* __restrict mask) SYSGATE_NOEXCEPT;
int posix_spawnattr_setsigmask(posix_spawnattr_t* __restrict attr,
                               const sigset_t* __restrict mask) SYSGATE_NOEXCEPT;
int posix_spawnattr_getsigdefault(const posix_spawnattr_t* __restrict attr,
                                  sigset_t* __restrict set) SYSGATE_NOEXCEPT;
int posix_spawnattr_setsigdefault(posix_spawnattr_t* __restrict attr,
                                  const sigset_t* __restrict set) SYSGATE_NOEXCEPT;
int posix_spawnattr_getpgroup(const posix_spawnattr_t* __restrict attr,
                              pid_t* __restrict group) SYSGATE_NOEXCEPT;
int posix_spawnattr_setpgroup(posix_spawnattr_t* attr, pid_t group) SYSGATE_NOEXCEPT;
SYSGATE_END_C
#endif
