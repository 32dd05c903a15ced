// execvpe's PATH search, shared with posix_spawnp: glibc's rules.
//  - A file name with a slash is run as it is; an empty one is ENOENT.
//  - Otherwise each PATH element in turn (an empty element is the current directory;
//    no PATH: "/bin:/usr/bin"); ENOENT, ENOTDIR, ESTALE, ENODEV and ETIMEDOUT go on to the
//    next, EACCES too but is remembered and reported at the end; any other error stops.
//  - ENOEXEC (a file the kernel cannot run: a script without "#!") runs it with /bin/sh,
//    unless the caller is posix_spawnp.
#pragma once
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

namespace sysgate::exec {

// The kernel's word from execve of /bin/sh file args...
inline long run_with_shell(const char* file, char* const argv[], char* const envp[]) noexcept {
  long argc = 0;
  while (argv[argc]) ++argc;
  // { "/bin/sh", file, argv[1..], NULL }
  const char* shell_argv[argc > 1 ? argc + 2 : 3];
  shell_argv[0] = "/bin/sh";
  shell_argv[1] = file;
  if (argc > 1) {
    for (long i = 1; i <= argc; ++i) shell_argv[i + 1] = argv[i];
  } else {
    shell_argv[2] = nullptr;
  }
  return syscall(SYS_execve, "/bin/sh", shell_argv, envp);
}

inline long run(const char* path, char* const argv[], char* const envp[], bool shell) noexcept {
  long r = syscall(SYS_execve, path, argv, envp);
  if (r == -ENOEXEC && shell) r = run_with_shell(path, argv, envp);
  return r;
}

// Returns the kernel's word (an error: success does not return).
inline long search(const char* file, char* const argv[], char* const envp[], bool shell) noexcept {
  if (!*file) return -ENOENT;
  if (strchr(file, '/')) return run(file, argv, envp, shell);
  size_t file_length = strlen(file) + 1;
  if (file_length > 256) return -ENAMETOOLONG;  // NAME_MAX + 1
  const char* path = getenv("PATH");
  if (!path) path = "/bin:/usr/bin";
  size_t path_length = strnlen(path, 4096) + 1;  // PATH_MAX
  char buffer[path_length + file_length + 1];
  bool got_eacces = false;
  long r = -ENOENT;
  for (const char* p = path;; p = strchrnul(p, ':') + 1) {
    const char* end = strchrnul(p, ':');
    size_t dir_length = static_cast<size_t>(end - p);
    if (dir_length < path_length) {
      memcpy(buffer, p, dir_length);
      size_t at = dir_length;
      if (dir_length) buffer[at++] = '/';
      memcpy(buffer + at, file, file_length);
      r = run(buffer, argv, envp, shell);
      switch (-r) {
        case EACCES:
          got_eacces = true;
          break;
        case ENOENT:
        case ESTALE:
        case ENOTDIR:
        case ENODEV:
        case ETIMEDOUT:
          break;
        default:
          return r;
      }
    }
    if (*end == 0) break;
  }
  return got_eacces ? -EACCES : r;
}

}  // namespace sysgate::exec
