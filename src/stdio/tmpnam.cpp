#include <bits/kernel_errno.h>
#include <bits/kernel_fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"
#include "src/stdlib/temporary_name.hpp"

namespace sysgate::c {

// A name in P_tmpdir that does not exist yet, as glibc makes it: "/tmp/file" and six
// random letters or digits, checked (not created) up to 62^3 times. Into s (L_tmpnam
// bytes) or, with s NULL, a static buffer that the next call overwrites; NULL with
// errno set when P_tmpdir is no directory or no name was found. Another process may
// take the name before the caller does: mkstemp has no such race.
SYSGATE_C_FUNCTION(char*, tmpnam, (char* s) noexcept) {
  static char own[L_tmpnam];
  char name[] = P_tmpdir "/fileXXXXXX";
  static_assert(sizeof name <= L_tmpnam);
  // "/tmp/" names the directory itself: readlinkat says EINVAL (no link) when it is one.
  char byte;
  long is_directory = sysgate::syscall(SYS_readlinkat, AT_FDCWD, P_tmpdir "/", &byte, 1);
  if (is_directory != -EINVAL) {
    errno = is_directory < 0 ? static_cast<int>(-is_directory) : ENOTDIR;
    return nullptr;
  }
  if (to_c<int>(stdlib::make_temporary(name, 0, stdlib::TemporaryKind::name, 0)) < 0)
    return nullptr;
  if (!s) s = own;
  memcpy(s, name, sizeof name);
  return s;
}

}  // namespace sysgate::c
