#include <dirent.h>
#include <stdlib.h>
#include <unistd.h>

#include "src/dirent/dir_stream.hpp"
#include "src/internal/c_export.hpp"

namespace sysgate::c {

SYSGATE_C_FUNCTION(int, closedir, (DIR * dir) noexcept) {
  int fd = dir->fd;
  free(dir);
  return ::close(fd);
}

}  // namespace sysgate::c
