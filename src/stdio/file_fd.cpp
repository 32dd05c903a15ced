#include <errno.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::stdio {
namespace {

long read_fd(FILE* f, unsigned char* bytes, size_t n) {
  long r;
  do r = sysgate::syscall(SYS_read, f->fd, bytes, n);
  while (r == -EINTR);
  return r;
}

// Everything, or the error that stopped it (the bytes before it are written).
long write_fd(FILE* f, const unsigned char* bytes, size_t n) {
  size_t done = 0;
  while (done < n) {
    long r = sysgate::syscall(SYS_write, f->fd, bytes + done, n - done);
    if (r == -EINTR) continue;
    if (is_error_word(r)) return r;
    done += static_cast<size_t>(r);
  }
  return static_cast<long>(done);
}

int seek_fd(FILE* f, long long offset, int whence, long long* position) {
  return static_cast<int>(arch::llseek(f->fd, offset, whence, position));
}

int close_fd(FILE* f) {
  long r = sysgate::syscall(SYS_close, f->fd);
  // Linux closes the descriptor even when close reports EINTR.
  return r == -EINTR ? 0 : static_cast<int>(r);
}

}  // namespace

const FileOps fd_ops = {read_fd, write_fd, seek_fd, close_fd};

}  // namespace sysgate::stdio
