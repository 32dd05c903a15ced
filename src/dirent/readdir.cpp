#include <dirent.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/dirent/dir_stream.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// NULL at the end with errno untouched, NULL with errno set on an error.
SYSGATE_C_FUNCTION(struct dirent*, readdir, (DIR * dir) noexcept) {
  if (dir->next >= dir->end) {
    long r = sysgate::syscall(SYS_getdents64, dir->fd, dir->buffer, sizeof dir->buffer);
    if (r <= 0) {
      if (r < 0) to_c<int>(Result<int>::from_word(r));
      return nullptr;
    }
    dir->next = 0;
    dir->end = static_cast<size_t>(r);
  }
  auto* entry = reinterpret_cast<struct dirent*>(dir->buffer + dir->next);
  dir->next += entry->d_reclen;
  dir->position = entry->d_off;
  return entry;
}

}  // namespace sysgate::c
