#include <bits/kernel_termios.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/internal/kernel_termios.hpp"
#include "src/stdio/file.hpp"

namespace sysgate::stdio {

void init_file(FILE* f, int fd, unsigned flags, unsigned char* buffer, size_t size) noexcept {
  *f = FILE{};
  f->flags = flags;
  f->fd = fd;
  f->line_end = -1;
  f->buffer = buffer;
  f->buffer_size = size;
  f->ops = &fd_ops;
}

// glibc makes any stream on a terminal line buffered when it first allocates its
// buffer; TCGETS succeeds exactly on terminals.
void settle_buffering(FILE* f) noexcept {
  f->flags &= ~kCheckTty;
  internal::KernelTermios termios;
  if (sysgate::syscall(SYS_ioctl, f->fd, TCGETS, &termios) == 0) {
    f->flags |= kLineBuffered;
    f->line_end = '\n';
  }
}

}  // namespace sysgate::stdio
