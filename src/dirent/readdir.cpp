#include <dirent.h>
#include <errno.h>
#include <sys/syscall.h>

#include <sysgate/syscall.hpp>

#include "src/dirent/dir_stream.hpp"
#include "src/internal/c_export.hpp"
#include "src/internal/c_result.hpp"

namespace sysgate::c {

// NULL at the end with errno untouched, NULL with errno set on an error. As glibc:
// a directory removed while read (ENOENT) has simply ended, and entries with inode
// number 0 (deleted, on some file systems) are skipped.
SYSGATE_C_FUNCTION(struct dirent*, readdir, (DIR * dir) noexcept) {
  struct dirent* entry;
  do {
    if (dir->next >= dir->end) {
      long r = sysgate::syscall(SYS_getdents64, dir->fd, dir->buffer, sizeof dir->buffer);
      if (r <= 0) {
        if (r < 0 && r != -ENOENT) to_c<int>(Result<int>::from_word(r));
        return nullptr;
      }
      dir->next = 0;
      dir->end = static_cast<size_t>(r);
    }
    entry = reinterpret_cast<struct dirent*>(dir->buffer + dir->next);
    dir->next += entry->d_reclen;
    dir->position = entry->d_off;
  } while (entry->d_ino == 0);
  return entry;
}

}  // namespace sysgate::c
