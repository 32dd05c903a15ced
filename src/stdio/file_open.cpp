#include <bits/kernel_fcntl.h>
#include <errno.h>
#include <stdlib.h>

#include "src/stdio/file.hpp"

namespace sysgate::stdio {

// As glibc's _IO_new_file_fopen: r, w or a, then up to six more characters of which
// '+' (read and write), 'x' (O_EXCL) and 'e' (O_CLOEXEC) count; the rest ('b', 'm',
// 'c', anything) is ignored, and ',' (",ccs=") ends the mode.
bool parse_mode(const char* mode, int* open_flags, unsigned* file_flags) noexcept {
  int flags;
  unsigned stream;
  switch (mode[0]) {
    case 'r':
      flags = O_RDONLY, stream = kNoWrite;
      break;
    case 'w':
      flags = O_WRONLY | O_CREAT | O_TRUNC, stream = kNoRead;
      break;
    case 'a':
      flags = O_WRONLY | O_CREAT | O_APPEND, stream = kNoRead | kAppend;
      break;
    default:
      errno = EINVAL;
      return false;
  }
  for (int i = 1; i < 7 && mode[i] && mode[i] != ','; ++i) {
    if (mode[i] == '+') {
      flags = (flags & ~O_ACCMODE) | O_RDWR;
      stream &= ~(kNoRead | kNoWrite);
    } else if (mode[i] == 'x') {
      flags |= O_EXCL;
    } else if (mode[i] == 'e') {
      flags |= O_CLOEXEC;
    }
  }
  *open_flags = flags | O_LARGEFILE;
  *file_flags = stream;
  return true;
}

// One allocation: the FILE, the backend's state, the buffer.
FILE* new_file(int fd, unsigned flags, const FileOps* ops, size_t extra) noexcept {
  extra = (extra + 15) & ~size_t{15};
  auto* memory = static_cast<unsigned char*>(malloc(sizeof(FILE) + extra + kBufferSize));
  if (!memory) {
    errno = ENOMEM;
    return nullptr;
  }
  FILE* f = reinterpret_cast<FILE*>(memory);
  init_file(f, fd, flags, memory + sizeof(FILE) + extra, kBufferSize);
  f->ops = ops;
  if (extra) f->cookie = memory + sizeof(FILE);
  link_file(f);
  return f;
}

}  // namespace sysgate::stdio
