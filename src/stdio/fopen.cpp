#include <bits/kernel_fcntl.h>
#include <errno.h>
#include <stdio.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/c_export.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(FILE*, fopen, (const char* path, const char* mode) noexcept) {
  int flags;
  unsigned stream_flags;
  if (!stdio::parse_mode(mode, &flags, &stream_flags)) return nullptr;
  long fd = sysgate::syscall(SYS_openat, AT_FDCWD, path, flags, 0666);
  if (is_error_word(fd)) {
    errno = static_cast<int>(-fd);
    return nullptr;
  }
  FILE* f =
      stdio::new_file(static_cast<int>(fd), stream_flags | stdio::kCheckTty, &stdio::fd_ops, 0);
  if (!f) {
    sysgate::syscall(SYS_close, fd);
    return nullptr;
  }
  // glibc: "a" (not "a+") starts at the end, so ftell tells the file's size.
  long long ignored;
  if ((stream_flags & stdio::kAppend) && (stream_flags & stdio::kNoRead))
    stdio::fd_ops.seek(f, 0, SEEK_END, &ignored);
  return f;
}

}  // namespace sysgate::c
