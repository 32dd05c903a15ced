#include <fcntl.h>
#include <stdarg.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "arch_quirks.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// Every command takes one word or nothing: an int, a struct flock* (the kernel's
// flock64: F_GETLK is F_GETLK64 on i386, through fcntl64), an f_owner_ex*, a
// uint64_t*. Reading a word the caller did not pass is harmless on these ABIs.
SYSGATE_C_FUNCTION(int, fcntl, (int fd, int command, ...) noexcept) {
  va_list args;
  va_start(args, command);
  unsigned long word = va_arg(args, unsigned long);
  va_end(args);
  if (command == F_GETOWN) {
    // A process group comes back negative, which the raw word would read as an
    // error: F_GETOWN_EX tells the two apart (glibc does the same).
    struct {
      int type;
      int pid;
    } owner;
    long r = sysgate::syscall(arch::sys_fcntl, fd, F_GETOWN_EX, &owner);
    if (r == 0) return owner.type == F_OWNER_PGRP ? -owner.pid : owner.pid;
    if (r != -EINVAL) return to_c<int>(Result<int>::from_word(r));
  }
  return to_c<int>(checked_syscall<int>(arch::sys_fcntl, fd, command, word));
}

}  // namespace sysgate::c
