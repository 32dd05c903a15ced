#include <bits/kernel_fcntl.h>
#include <errno.h>
#include <stdio.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {
namespace {

// "/proc/self/fd/N": freopen(NULL, mode, f) reopens f's own file, as glibc does.
const char* fd_path(int fd, char (&path)[32]) {
  char digits[12];
  int n = 0;
  unsigned v = static_cast<unsigned>(fd);
  do digits[n++] = static_cast<char>('0' + v % 10);
  while (v /= 10);
  __builtin_memcpy(path, "/proc/self/fd/", 14);
  int i = 14;
  while (n) path[i++] = digits[--n];
  path[i] = 0;
  return path;
}

}  // namespace

// As glibc: the new file is opened before the old descriptor is closed and then takes
// its number (freopen(path, "r", stdin) keeps fd 0); on failure the stream is closed.
SYSGATE_C_FUNCTION(FILE*, freopen, (const char* path, const char* mode, FILE* f) noexcept) {
  stdio::FileGuard guard(f);
  int flags;
  unsigned stream_flags;
  bool ok = stdio::parse_mode(mode, &flags, &stream_flags);
  stdio::sync_file(f);
  int old = f->ops == &stdio::fd_ops ? f->fd : -1;
  char proc_path[32];
  if (!path && old >= 0) path = fd_path(old, proc_path);
  long fd = -EINVAL;
  if (ok) {
    fd = path ? sysgate::syscall(SYS_openat, AT_FDCWD, path, flags, 0666) : -EBADF;
    if (!is_error_word(fd) && old >= 0 && fd != old) {
      sysgate::syscall(SYS_dup3, fd, old, flags & O_CLOEXEC);
      sysgate::syscall(SYS_close, fd);
      fd = old;
    }
  }
  if (old < 0 || fd != old) f->ops->close(f);
  f->rpos = f->rend = f->wpos = f->wend = nullptr;
  f->ops = &stdio::fd_ops;
  if (is_error_word(fd)) {
    if (ok) errno = static_cast<int>(-fd);
    f->fd = -1;
    f->flags = (f->flags & stdio::kStatic) | stdio::kNoRead | stdio::kNoWrite | stdio::kError;
    return nullptr;
  }
  f->fd = static_cast<int>(fd);
  f->flags = stream_flags | stdio::kCheckTty |
             (f->flags & (stdio::kStatic | stdio::kOwnBuffer | stdio::kUnbuffered));
  f->line_end = -1;
  long long ignored;
  if ((stream_flags & stdio::kAppend) && (stream_flags & stdio::kNoRead))
    stdio::fd_ops.seek(f, 0, SEEK_END, &ignored);
  return f;
}

}  // namespace sysgate::c
