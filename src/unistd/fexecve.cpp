#include <bits/kernel_fcntl.h>
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/string/unknown_text.hpp"

namespace sysgate::c {

// execveat(fd, "", AT_EMPTY_PATH); before Linux 3.19 (ENOSYS), /proc/self/fd/N.
SYSGATE_C_FUNCTION(int, fexecve, (int fd, char* const argv[], char* const envp[]) noexcept) {
  if (fd < 0 || !argv || !envp) {
    errno = EINVAL;
    return -1;
  }
  long r = syscall(SYS_execveat, fd, "", argv, envp, AT_EMPTY_PATH);
  if (r == -ENOSYS) {
    char path[sizeof "/proc/self/fd/-2147483648"];
    string::format_number(path, sizeof path, "/proc/self/fd/", fd);
    r = syscall(SYS_execve, path, argv, envp);
  }
  return to_c<int>(Result<int>::from_word(r));
}

}  // namespace sysgate::c
