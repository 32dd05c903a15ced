#include <bits/kernel_fcntl.h>
#include <errno.h>
#include <stdio.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {
namespace {

// A file with no name, as glibc makes it: O_TMPFILE in /tmp; where the filesystem
// cannot, a fresh name made and unlinked at once.
long open_unnamed() {
  const int flags = O_RDWR | O_EXCL | O_LARGEFILE;
  long fd = sysgate::syscall(SYS_openat, AT_FDCWD, P_tmpdir, flags | O_TMPFILE, 0600);
  if (fd != -EOPNOTSUPP && fd != -EISDIR && fd != -EINVAL) return fd;
  char path[] = P_tmpdir "/tmpf.XXXXXXXXXXXX";
  for (int attempt = 0; attempt < 100; ++attempt) {
    unsigned long long bits;
    if (sysgate::syscall(SYS_getrandom, &bits, sizeof bits, 0) != sizeof bits)
      bits = static_cast<unsigned long long>(sysgate::syscall(SYS_getpid)) * 0x9e3779b97f4a7c15ull +
             static_cast<unsigned>(attempt);
    for (char* p = path + sizeof path - 13; *p; ++p, bits >>= 5)
      *p = "abcdefghijklmnopqrstuvwxyz012345"[bits & 31];
    fd = sysgate::syscall(SYS_openat, AT_FDCWD, path, flags | O_CREAT, 0600);
    if (fd == -EEXIST) continue;
    if (!is_error_word(fd)) sysgate::syscall(SYS_unlinkat, AT_FDCWD, path, 0);
    return fd;
  }
  return -EEXIST;
}

}  // namespace

// Read and write ("w+"), gone when closed or at exit.
SYSGATE_C_FUNCTION(FILE*, tmpfile, () noexcept) {
  long fd = open_unnamed();
  if (is_error_word(fd)) {
    errno = static_cast<int>(-fd);
    return nullptr;
  }
  FILE* f = stdio::new_file(static_cast<int>(fd), stdio::kCheckTty, &stdio::fd_ops, 0);
  if (!f) sysgate::syscall(SYS_close, fd);
  return f;
}

}  // namespace sysgate::c
